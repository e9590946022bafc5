package dev.switchboard.server.connections;

import dev.switchboard.server.Switchboard;
import dev.switchboard.server.auth.Caller;
import dev.switchboard.server.cli.ExitCodes;
import dev.switchboard.server.cli.InputRejectedException;
import dev.switchboard.server.cli.ServeCommand;
import dev.switchboard.server.cli.SwitchboardCommand;
import dev.switchboard.server.config.ServerConfig;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code switchboard connection list|create|delete|test}: manages connections in the data
 * directory (the embedded database is shared with a running server). Secrets are read from
 * standard input or from an environment variable named with {@code --secret-env}, never from
 * the command line, where other users could see them.
 *
 * <pre>{@code
 * printf %s "$KIZEO_TOKEN" | switchboard connection create --app kizeo_forms --name main --type api_key
 * switchboard connection test --app kizeo_forms --name main
 * }</pre>
 */
@Command(name = "connection", mixinStandardHelpOptions = true, versionProvider = SwitchboardCommand.VersionProvider.class,
        description = "Manages connections (credentials for apps).",
        subcommands = {ConnectionCommand.ListConnections.class, ConnectionCommand.Create.class,
                ConnectionCommand.Delete.class, ConnectionCommand.Test.class})
public final class ConnectionCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "a subcommand is required: list, create, delete or test");
    }

    /** Options every subcommand shares: where the data is, and whose connections. */
    static final class Target {
        @Option(names = "--data", defaultValue = "${env:SWITCHBOARD_DATA:-switchboard-data}",
                description = "Data directory (env SWITCHBOARD_DATA, default ${DEFAULT-VALUE}).")
        Path data;

        @Option(names = "--db", defaultValue = "${env:SWITCHBOARD_DB}", description = "JDBC URL (env SWITCHBOARD_DB).")
        String jdbcUrl;

        @Option(names = "--owner", defaultValue = Caller.ADMIN_OWNER,
                description = "Whose connections (default ${DEFAULT-VALUE}, the local administrator).")
        String owner;

        <T> T run(Function<Switchboard, T> action) {
            ServerConfig config = ServerConfig.defaults(data).withJdbcUrl(jdbcUrl == null || jdbcUrl.isBlank() ? null : jdbcUrl);
            try (Switchboard app = ServeCommand.openApp(config)) {
                return action.apply(app);
            } catch (ConnectionException e) {
                throw new InputRejectedException(e.getMessage());
            }
        }

        Caller caller() {
            return owner.equals(Caller.ADMIN_OWNER) ? Caller.admin() : Caller.user(owner);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists connections with their status.")
    static final class ListConnections implements Callable<Integer> {
        @Mixin
        Target target;

        @Option(names = "--app", description = "Only this app's connections.")
        String app;

        @Override
        public Integer call() {
            List<StoredConnection> list = target.run(a -> a.connections().list(target.caller(), app));
            for (StoredConnection c : list) {
                System.out.printf("%-16s %-24s %-26s %-8s %s%n", c.app(), c.name(), c.authType(), c.status(),
                        c.statusReason() == null ? "" : c.statusReason());
            }
            System.out.println(list.size() + " connections");
            return ExitCodes.OK;
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Creates a connection. The secret (key, password, token or client secret) is read from "
                    + "standard input, or from the environment variable named by --secret-env.")
    static final class Create implements Callable<Integer> {
        @Mixin
        Target target;

        @Option(names = "--app", required = true, description = "App id, e.g. kizeo_forms.")
        String app;

        @Option(names = "--name", required = true, description = "Connection name.")
        String name;

        @Option(names = "--type", required = true,
                description = "api_key, basic, bearer, oauth2_client_credentials or oauth2_code.")
        String type;

        @Option(names = "--secret-env", description = "Read the secret from this environment variable instead of stdin.")
        String secretEnv;

        @Option(names = "--username", description = "basic: user name.")
        String username;

        @Option(names = "--in", description = "api_key: header or query.")
        String in;

        @Option(names = "--key-name", description = "api_key: header or query parameter name.")
        String keyName;

        @Option(names = "--client-id", description = "oauth2: your own client id.")
        String clientId;

        @Option(names = "--authorize-url", description = "oauth2_code: authorization endpoint (custom service).")
        String authorizeUrl;

        @Option(names = "--token-url", description = "oauth2: token endpoint (custom service).")
        String tokenUrl;

        @Option(names = "--refresh-url", description = "oauth2: refresh endpoint, when not the token endpoint.")
        String refreshUrl;

        @Option(names = "--scopes", description = "oauth2: scopes, space- or comma-separated.")
        String scopes;

        @Option(names = "--field", description = "A non-secret setting, name=value (repeatable).")
        Map<String, String> fields = new LinkedHashMap<>();

        @Override
        public Integer call() throws IOException {
            Map<String, Object> auth = new LinkedHashMap<>();
            auth.put("type", type);
            put(auth, "username", username);
            put(auth, "in", in);
            put(auth, "name", keyName);
            put(auth, "client_id", clientId);
            put(auth, "authorize_url", authorizeUrl);
            put(auth, "token_url", tokenUrl);
            put(auth, "refresh_url", refreshUrl);
            put(auth, "scopes", scopes);
            String secretField = switch (type) {
                case "api_key" -> "key";
                case "basic" -> "password";
                case "bearer" -> "token";
                default -> clientId != null ? "client_secret" : null;
            };
            if (secretField != null) {
                put(auth, secretField, secret());
            }
            Connections.Created created = target.run(a -> a.connections().create(target.caller(), app, name, auth, fields));
            System.out.println("created " + app + " connection '" + name + "' (" + created.connection().status() + ")");
            if (created.authorizationUrl() != null) {
                System.out.println("open this URL in a browser to authorize (the server must be running to receive "
                        + "the redirect):");
                System.out.println(created.authorizationUrl());
            }
            return ExitCodes.OK;
        }

        private String secret() throws IOException {
            String value;
            if (secretEnv != null) {
                value = System.getenv(secretEnv);
                if (value == null) {
                    throw new InputRejectedException("the environment variable " + secretEnv + " is not set");
                }
            } else {
                value = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            }
            if (value == null || value.isBlank()) {
                throw new InputRejectedException("no secret given: pipe it on standard input or use --secret-env NAME");
            }
            return value.strip();
        }

        private static void put(Map<String, Object> map, String key, String value) {
            if (value != null) {
                map.put(key, value);
            }
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Deletes a connection.")
    static final class Delete implements Callable<Integer> {
        @Mixin
        Target target;

        @Option(names = "--app", required = true, description = "App id.")
        String app;

        @Option(names = "--name", required = true, description = "Connection name.")
        String name;

        @Option(names = "--force", description = "Delete even when flows use it.")
        boolean force;

        @Override
        public Integer call() {
            target.run(a -> a.connections().delete(target.caller(), app, name, force));
            System.out.println("deleted " + app + " connection '" + name + "'");
            return ExitCodes.OK;
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "Calls the app's test endpoint with the connection; exit code 1 when it fails.")
    static final class Test implements Callable<Integer> {
        @Mixin
        Target target;

        @Option(names = "--app", required = true, description = "App id.")
        String app;

        @Option(names = "--name", required = true, description = "Connection name.")
        String name;

        @Override
        public Integer call() {
            Connections.TestResult result = target.run(a -> a.connections().test(target.caller(), app, name));
            System.out.println((result.ok() ? "ok: " : "failed: ") + result.message());
            return result.ok() ? ExitCodes.OK : ExitCodes.REJECTED;
        }
    }
}
