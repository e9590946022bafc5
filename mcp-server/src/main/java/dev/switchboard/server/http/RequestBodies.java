package dev.switchboard.server.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request body within a size limit. When the body is too large, the rest of it (up to a
 * bound) is read and thrown away before answering: a server that answers 413 and closes with
 * unread bytes in its socket may reset the connection, and the client then loses the answer.
 *
 * <pre>{@code
 * byte[] body = RequestBodies.readAtMost(request, response, 64 * 1024);
 * if (body == null) { ...answer 413... }
 * }</pre>
 */
public final class RequestBodies {

    /** Beyond this many bytes past the limit, the connection is closed rather than drained. */
    static final long DRAIN_LIMIT = 16L << 20;

    private RequestBodies() {
    }

    /**
     * The body, or null when it is larger than {@code maxBytes}; in that case the response is
     * marked {@code Connection: close} and the unread rest has been discarded where it was small
     * enough to read.
     */
    public static byte[] readAtMost(HttpServletRequest request, HttpServletResponse response, int maxBytes)
            throws IOException {
        long declared = request.getContentLengthLong();
        InputStream in = request.getInputStream();
        if (declared <= maxBytes) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length <= maxBytes) {
                return bytes;
            }
        }
        response.setHeader("Connection", "close");
        if (declared < 0 || declared <= maxBytes + DRAIN_LIMIT) {
            discard(in, DRAIN_LIMIT);
        }
        return null;
    }

    private static void discard(InputStream in, long atMost) throws IOException {
        byte[] sink = new byte[8192];
        long left = atMost;
        int read;
        while (left > 0 && (read = in.read(sink, 0, (int) Math.min(sink.length, left))) >= 0) {
            left -= read;
        }
    }
}
