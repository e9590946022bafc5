package dev.switchboard.server.cli;

/** Exit codes of every command, as documented in the README. */
public final class ExitCodes {

    public static final int OK = 0;
    /** The input was rejected; the message says why. */
    public static final int REJECTED = 1;
    /** The command line itself was wrong. */
    public static final int USAGE = 2;
    /** Something broke inside; the log says what. */
    public static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
