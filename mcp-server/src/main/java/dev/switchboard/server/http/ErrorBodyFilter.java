package dev.switchboard.server.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rewrites every HTTP error that the MCP transport produces (status 400 and up) into a small
 * JSON-RPC error: the transport would otherwise serialize the Java exception, stack trace
 * included, or hand the status to the container's HTML error page.
 *
 * <pre>{@code
 * context.addFilter(new FilterHolder(new ErrorBodyFilter()), "/*", REQUEST);
 * }</pre>
 */
public final class ErrorBodyFilter extends HttpFilter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        ErrorCapturingResponse wrapper = new ErrorCapturingResponse(response);
        chain.doFilter(request, wrapper);
        wrapper.finish();
    }

    /** Passes successful responses through untouched and holds error bodies back for cleaning. */
    private static final class ErrorCapturingResponse extends HttpServletResponseWrapper {
        private final HttpServletResponse delegate;
        private int status = 200;
        private ByteArrayOutputStream errorBody;
        private String sentErrorMessage;

        ErrorCapturingResponse(HttpServletResponse delegate) {
            super(delegate);
            this.delegate = delegate;
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            status = sc;
            sentErrorMessage = msg == null ? JsonErrors.reason(sc) : msg;
            errorBody = new ByteArrayOutputStream();
        }

        @Override
        public void sendError(int sc) throws IOException {
            sendError(sc, null);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (status < 400) {
                return super.getOutputStream();
            }
            ByteArrayOutputStream buffer = buffer();
            return new ServletOutputStream() {
                @Override
                public void write(int b) {
                    buffer.write(b);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new IllegalStateException("error responses are written synchronously");
                }
            };
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (status < 400) {
                return super.getWriter();
            }
            return new PrintWriter(new OutputStreamWriter(buffer(), StandardCharsets.UTF_8), true);
        }

        private ByteArrayOutputStream buffer() {
            if (errorBody == null) {
                errorBody = new ByteArrayOutputStream();
            }
            return errorBody;
        }

        void finish() throws IOException {
            if (status < 400 || delegate.isCommitted()) {
                return;
            }
            String message = sentErrorMessage != null ? sentErrorMessage : messageIn(errorBody);
            JsonErrors.write(delegate, status, JsonErrors.codeFor(status), message);
        }

        private String messageIn(ByteArrayOutputStream body) {
            if (body == null || body.size() == 0) {
                return JsonErrors.reason(status);
            }
            try {
                JsonNode node = JSON.readTree(body.toByteArray());
                JsonNode rpcError = node.path("jsonRpcError");
                if (rpcError.path("message").isString()) {
                    return rpcError.path("message").asString();
                }
                if (node.path("error").path("message").isString()) {
                    return node.path("error").path("message").asString();
                }
                if (node.path("message").isString()) {
                    return node.path("message").asString();
                }
            } catch (JacksonException e) {
                // not JSON: fall back to the generic reason below
            }
            return JsonErrors.reason(status);
        }
    }
}
