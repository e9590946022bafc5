package dev.switchboard.server.cli;

/**
 * Bad input from the user (a file, a JSON argument, an option value that cannot work): the
 * command prints the message and exits with {@link ExitCodes#REJECTED}.
 *
 * <pre>{@code
 * throw new InputRejectedException("--port 70000 is out of range: use 1 to 65535, or 0 for any free port");
 * }</pre>
 */
public class InputRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InputRejectedException(String message) {
        super(message);
    }
}
