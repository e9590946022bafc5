package dev.switchboard.catalog.connector;

/**
 * How to read a response.
 *
 * <pre>{@code
 * {"type": "file", "file_name": "{{input.data_id}}.pdf", "mime": "application/pdf"}
 * }</pre>
 *
 * @param type {@code json} (parsed; an empty body is null), {@code text}, or {@code file} (stored
 *             in the blob store; the output gets a file reference)
 */
public record ResponseSpec(String type, String fileName, String mime) {

    public static final ResponseSpec JSON = new ResponseSpec("json", null, null);
}
