package dev.switchboard.catalog.net;

/**
 * An outbound request the server refuses to make; the message says why and how to allow it.
 *
 * <pre>{@code
 * throw new BlockedRequestException("requests to 10.0.0.5 are refused: it is a private address");
 * }</pre>
 */
public class BlockedRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BlockedRequestException(String message) {
        super(message);
    }
}
