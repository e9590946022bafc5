package dev.switchboard.server.stdio;

import dev.switchboard.server.http.JsonErrors;
import dev.switchboard.server.mcp.JsonRpcCheck;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads newline-delimited messages and forwards the well-formed ones; answers the others on
 * {@code replies} with a JSON-RPC error (id null). Writes to {@code replies} lock it, as the
 * SDK's stdio transport does, so that lines never interleave.
 *
 * <pre>{@code
 * new LineGate(System.in, pipeToTransport, System.out, 4 << 20).run();
 * }</pre>
 */
final class LineGate {

    private final InputStream in;
    private final OutputStream forward;
    private final OutputStream replies;
    private final int maxLineBytes;

    LineGate(InputStream in, OutputStream forward, OutputStream replies, int maxLineBytes) {
        this.in = in;
        this.forward = forward;
        this.replies = replies;
        this.maxLineBytes = maxLineBytes;
    }

    /** Runs until {@code in} ends, then closes {@code forward}. */
    void run() throws IOException {
        try (forward) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            boolean oversize = false;
            int b;
            while ((b = in.read()) != -1) {
                if (b != '\n') {
                    if (line.size() < maxLineBytes) {
                        line.write(b);
                    } else {
                        oversize = true;
                    }
                    continue;
                }
                handle(line.toByteArray(), oversize);
                line.reset();
                oversize = false;
            }
            if (line.size() > 0) {
                handle(line.toByteArray(), oversize);
            }
        }
    }

    private void handle(byte[] line, boolean oversize) throws IOException {
        String text = new String(line, StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) {
            return;
        }
        if (oversize) {
            reply(JsonErrors.INVALID_REQUEST, "message too large: the limit is " + maxLineBytes + " bytes per line");
            return;
        }
        String problem = JsonRpcCheck.problemWith(text.getBytes(StandardCharsets.UTF_8));
        if (problem != null) {
            reply(JsonRpcCheck.codeFor(problem), problem);
            return;
        }
        forward.write(text.getBytes(StandardCharsets.UTF_8));
        forward.write('\n');
        forward.flush();
    }

    private void reply(int code, String message) throws IOException {
        byte[] error = JsonErrors.body(code, message);
        synchronized (replies) {
            replies.write(error);
            replies.write('\n');
            replies.flush();
        }
    }
}
