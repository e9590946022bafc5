package dev.switchboard.server.http;

import dev.switchboard.server.mcp.JsonRpcCheck;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Reads each POSTed body once, within the size limit (413 beyond it), and checks that it is one
 * JSON-RPC 2.0 message before the MCP transport sees it: a parse error or a malformed message
 * gets a JSON-RPC error that says what is wrong, and the server state is untouched.
 *
 * <pre>{@code
 * context.addFilter(new FilterHolder(new JsonRpcBodyFilter(4 << 20)), "/mcp", REQUEST);
 * }</pre>
 */
public final class JsonRpcBodyFilter extends HttpFilter {

    private final int maxBytes;

    public JsonRpcBodyFilter(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = RequestBodies.readAtMost(request, response, maxBytes);
        if (body == null) {
            tooLarge(response);
            return;
        }
        String problem = JsonRpcCheck.problemWith(body);
        if (problem != null) {
            JsonErrors.write(response, 400, JsonRpcCheck.codeFor(problem), problem);
            return;
        }
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    private void tooLarge(HttpServletResponse response) throws IOException {
        JsonErrors.write(response, 413, JsonErrors.INVALID_REQUEST,
                "request body too large: the limit is " + maxBytes + " bytes; send files by reference, not inline");
    }

    /** The request as the transport sees it: the same body, read from memory. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("the body was already read into memory");
                }
            };
        }
    }
}
