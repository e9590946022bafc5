package dev.switchboard.catalog.openapi;

/**
 * Something in an operation that a connector cannot express; the operation is then listed in
 * {@link ImportResult#skipped()} with this message as its reason.
 *
 * <pre>{@code
 * throw new Unsupported("cookie parameter 'session' (connectors send no cookies)");
 * }</pre>
 */
final class Unsupported extends RuntimeException {

    private static final long serialVersionUID = 1L;

    Unsupported(String reason) {
        super(reason, null, false, false);
    }
}
