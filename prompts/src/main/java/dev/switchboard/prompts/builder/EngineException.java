package dev.switchboard.prompts.builder;

/**
 * An engine could not produce a flow. The message is shown to the user: it says what went wrong
 * (e.g. "the model's reply held no JSON object") and never holds a secret.
 *
 * <pre>{@code
 * throw new EngineException("the model answered with HTTP 401: check the API key");
 * }</pre>
 */
public final class EngineException extends RuntimeException {
    public EngineException(String message) {
        super(message);
    }

    public EngineException(String message, Throwable cause) {
        super(message, cause);
    }
}
