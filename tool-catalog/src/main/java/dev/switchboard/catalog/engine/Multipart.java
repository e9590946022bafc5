package dev.switchboard.catalog.engine;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Builds {@code multipart/form-data} and {@code multipart/related} bodies by hand.
 *
 * <pre>{@code
 * Multipart body = new Multipart("related");
 * body.part(null, null, "application/json; charset=UTF-8", metadata);
 * body.part(null, null, "application/pdf", pdfBytes);
 * byte[] bytes = body.bytes();   // Content-Type: body.contentType()
 * }</pre>
 */
final class Multipart {

    private final String subtype;
    private final String boundary = "switchboard-" + UUID.randomUUID();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Multipart(String subtype) {
        this.subtype = subtype;
    }

    void part(String fieldName, String fileName, String contentType, byte[] content) {
        write("--" + boundary + "\r\n");
        if (fieldName != null) {
            String disposition = "form-data; name=\"" + escape(fieldName) + "\""
                    + (fileName == null ? "" : "; filename=\"" + escape(fileName) + "\"");
            write("Content-Disposition: " + disposition + "\r\n");
        }
        if (contentType != null) {
            write("Content-Type: " + contentType + "\r\n");
        }
        write("\r\n");
        out.writeBytes(content);
        write("\r\n");
    }

    String contentType() {
        return "multipart/" + subtype + "; boundary=" + boundary;
    }

    byte[] bytes() {
        write("--" + boundary + "--\r\n");
        return out.toByteArray();
    }

    private void write(String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String escape(String value) {
        return value.replace("\"", "%22").replace("\r", "").replace("\n", "");
    }
}
