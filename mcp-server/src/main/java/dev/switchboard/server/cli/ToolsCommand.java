package dev.switchboard.server.cli;

import dev.switchboard.server.Switchboard;
import dev.switchboard.server.auth.Caller;
import dev.switchboard.server.config.ServerConfig;
import dev.switchboard.server.mcp.Scope;
import dev.switchboard.server.mcp.ServedTool;
import dev.switchboard.server.mcp.ToolProvider;
import io.modelcontextprotocol.json.jackson3.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/** {@code switchboard tools list}: every tool the server would serve, without starting it. */
@Command(name = "tools", mixinStandardHelpOptions = true, versionProvider = SwitchboardCommand.VersionProvider.class,
        description = "Inspects the tools the server serves.",
        subcommands = {ToolsCommand.ListTools.class})
public final class ToolsCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: 'switchboard tools list'");
    }

    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = SwitchboardCommand.VersionProvider.class,
            description = "Prints every tool the server would expose to the administrator (name and title, or --json).")
    public static final class ListTools implements Callable<Integer> {

        @Option(names = "--data", defaultValue = "${env:SWITCHBOARD_DATA:-switchboard-data}",
                description = "Data directory (env SWITCHBOARD_DATA, default ${DEFAULT-VALUE}).")
        Path data;

        @Option(names = "--db", defaultValue = "${env:SWITCHBOARD_DB}", description = "JDBC URL (env SWITCHBOARD_DB).")
        String jdbcUrl;

        @Option(names = "--apps", description = "Only these apps' connector tools, comma-separated (as /mcp?apps=…).")
        String apps;

        @Option(names = "--json", description = "An array of tool objects, as tools/list gives them.")
        boolean json;

        @Override
        public Integer call() throws IOException {
            ServerConfig config = ServerConfig.defaults(data).withJdbcUrl(jdbcUrl == null || jdbcUrl.isBlank() ? null : jdbcUrl);
            Scope scope = Scope.parse(apps);
            try (Switchboard app = ServeCommand.openApp(config)) {
                List<McpSchema.Tool> tools = new ArrayList<>();
                for (ToolProvider provider : app.extensions().toolProviders()) {
                    for (ServedTool tool : provider.tools(Caller.admin())) {
                        if (scope.includes(tool.name())) {
                            tools.add(tool.tool());
                        }
                    }
                }
                if (json) {
                    System.out.println(new JacksonMcpJsonMapper(JsonMapper.builder().build()).writeValueAsString(tools));
                } else {
                    int width = tools.stream().mapToInt(t -> t.name().length()).max().orElse(10);
                    for (McpSchema.Tool tool : tools) {
                        System.out.printf("%-" + width + "s  %s%n", tool.name(), tool.title() == null ? "" : tool.title());
                    }
                    System.out.println(tools.size() + " tools");
                }
                return ExitCodes.OK;
            }
        }
    }
}
