package dev.switchboard.server;

import dev.switchboard.server.cli.SwitchboardCommand;

/**
 * Entry point of {@code switchboard.jar}.
 *
 * <pre>{@code
 * java -jar mcp-server/target/switchboard.jar serve --port 8080
 * }</pre>
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int code = SwitchboardCommand.commandLine().execute(args);
        System.exit(code);
    }
}
