package dev.switchboard.server.http;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Any other path: a JSON 404 that names the paths that exist. */
final class NotFoundServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonErrors.write(response, 404, JsonErrors.INVALID_REQUEST,
                "unknown path " + request.getRequestURI() + ": the MCP endpoint is /mcp; /health and /metrics also exist");
    }
}
