package dev.switchboard.server.http;

import dev.switchboard.server.Version;
import dev.switchboard.server.data.Database;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /health}: 200 with {@code {"status":"UP",…}} when the database answers, 503
 * otherwise. Open without a token so that load balancers can probe it; it reveals nothing else.
 */
final class HealthServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient Database database;

    HealthServlet(Database database) {
        this.database = database;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean databaseUp = database.isHealthy();
        String body = "{\"status\":\"" + (databaseUp ? "UP" : "DOWN") + "\",\"database\":\""
                + (databaseUp ? "UP" : "DOWN") + "\",\"version\":\"" + Version.current() + "\"}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(databaseUp ? 200 : 503);
        response.setContentType("application/json");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
