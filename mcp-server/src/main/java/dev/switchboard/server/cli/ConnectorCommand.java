package dev.switchboard.server.cli;

import dev.switchboard.catalog.connector.Catalog;
import dev.switchboard.catalog.connector.Connector;
import dev.switchboard.catalog.connector.ConnectorLoader;
import dev.switchboard.catalog.net.BlockedRequestException;
import dev.switchboard.catalog.net.OutboundGuard;
import dev.switchboard.catalog.openapi.ImportResult;
import dev.switchboard.catalog.openapi.OpenApiImporter;
import dev.switchboard.server.catalog.CatalogSetup;
import dev.switchboard.server.data.DataDirectory;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@code switchboard connector import-openapi}: adds a connector built from an OpenAPI 3 document. */
@Command(name = "connector", mixinStandardHelpOptions = true, versionProvider = SwitchboardCommand.VersionProvider.class,
        description = "Manages connectors.", subcommands = {ConnectorCommand.ImportOpenApi.class})
public final class ConnectorCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "a subcommand is required: 'switchboard connector import-openapi FILE_OR_URL'");
    }

    @Command(name = "import-openapi", mixinStandardHelpOptions = true,
            versionProvider = SwitchboardCommand.VersionProvider.class,
            description = {"Builds a connector from an OpenAPI 3 document (JSON or YAML, file or URL) and adds it to the "
                    + "data directory, where a running server picks it up within seconds.",
                    "Prints a JSON summary: the app, its action count, and every skipped operation with the reason."})
    public static final class ImportOpenApi implements Callable<Integer> {

        private static final int MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

        @Parameters(index = "0", paramLabel = "FILE_OR_URL", description = "The OpenAPI document: a file path or an http(s) URL.")
        String source;

        @Option(names = "--app", description = "App id for the connector (letters, digits, _; default: from the file name).")
        String app;

        @Option(names = "--data", defaultValue = "${env:SWITCHBOARD_DATA:-switchboard-data}",
                description = "Data directory (env SWITCHBOARD_DATA, default ${DEFAULT-VALUE}).")
        Path data;

        @Option(names = "--replace", description = "Replace a connector imported earlier under the same app id.")
        boolean replace;

        @Option(names = "--allow-hosts", split = ",", defaultValue = "${env:SWITCHBOARD_ALLOW_HOSTS}",
                description = "Loopback or private hosts the document URL may point to (env SWITCHBOARD_ALLOW_HOSTS).")
        List<String> allowHosts;

        @Override
        public Integer call() throws IOException {
            String content = read();
            String appId = app != null ? app : defaultApp(source);
            ImportResult result;
            try {
                result = new OpenApiImporter().importDocument(content, appId);
            } catch (IllegalArgumentException e) {
                throw new InputRejectedException(e.getMessage());
            }
            Connector connector = result.connector();
            Path dir = CatalogSetup.importedDir(DataDirectory.open(data).root());
            Files.createDirectories(dir);
            Path file = dir.resolve(connector.app() + ".json");
            if (Files.exists(file) && !replace) {
                throw new InputRejectedException("a connector '" + connector.app() + "' was imported before (" + file
                        + "): add --replace to overwrite it, or choose another id with --app");
            }
            Files.writeString(file, ConnectorLoader.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(connector));
            ObjectNode summary = JsonNodeFactory.instance.objectNode();
            summary.put("app", connector.app());
            summary.put("name", connector.name());
            summary.put("file", file.toString());
            summary.put("actions", connector.actions().size());
            summary.put("tools", connector.app() + "__<action>");
            ArrayNode skipped = summary.putArray("skipped");
            for (ImportResult.Skipped s : result.skipped()) {
                skipped.addObject().put("method", s.method()).put("path", s.path()).put("reason", s.reason());
            }
            System.out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(summary));
            return ExitCodes.OK;
        }

        private String read() throws IOException {
            if (source.startsWith("http://") || source.startsWith("https://")) {
                return fetch(URI.create(source));
            }
            try {
                Path path = Path.of(source);
                if (Files.size(path) > MAX_DOCUMENT_BYTES) {
                    throw new InputRejectedException(source + " is larger than " + MAX_DOCUMENT_BYTES + " bytes");
                }
                return Files.readString(path, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new InputRejectedException("no such file: " + source);
            }
        }

        private String fetch(URI uri) throws IOException {
            try {
                new OutboundGuard(allowHosts == null ? List.of() : allowHosts).check(uri);
            } catch (BlockedRequestException e) {
                throw new InputRejectedException(e.getMessage());
            }
            HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            try {
                HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                        .header("Accept", "application/json, application/yaml, */*").GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    throw new InputRejectedException(uri + " answered HTTP " + response.statusCode());
                }
                if (response.body().length > MAX_DOCUMENT_BYTES) {
                    throw new InputRejectedException(uri + " is larger than " + MAX_DOCUMENT_BYTES + " bytes");
                }
                return new String(response.body(), StandardCharsets.UTF_8);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }

        /** From {@code …/google-drive.json} to {@code google_drive}; a bundled app id gets {@code _api}. */
        static String defaultApp(String source) {
            String name = source.replaceAll("[?#].*$", "").replaceAll("^.*/", "").replaceAll("\\.(json|ya?ml)$", "");
            String id = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
            if (id.isEmpty() || !Character.isLetter(id.charAt(0))) {
                id = "api_" + id;
            }
            id = id.length() > 26 ? id.substring(0, 26) : id;
            String candidate = id;
            return Catalog.bundled().connector(candidate).isPresent() ? id + "_api" : id;
        }
    }
}
