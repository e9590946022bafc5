package dev.switchboard.server.connections;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /oauth/callback?code=…&state=…}: where the provider sends the user's browser back.
 * No bearer token here (a browser redirect carries none): the one-time {@code state} is what
 * ties the request to the connection that started the flow. Answers a small HTML page.
 *
 * <pre>{@code
 * context.addServlet(new ServletHolder(new OAuthCallbackServlet(connections)), "/oauth/callback");
 * }</pre>
 */
public final class OAuthCallbackServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(OAuthCallbackServlet.class);

    private final transient Connections connections;

    public OAuthCallbackServlet(Connections connections) {
        this.connections = connections;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer"); // the URL holds the code
        try {
            String error = request.getParameter("error");
            StoredConnection done = connections.completeAuthorization(request.getParameter("state"),
                    request.getParameter("code"), error == null ? null : error + describe(request.getParameter("error_description")));
            LOG.info("{} connection '{}' of {} authorized", done.app(), done.name(), done.owner());
            page(response, 200, "Connected", "Your " + done.app() + " connection '" + done.name()
                    + "' is ready. You can close this window.");
        } catch (ConnectionException e) {
            page(response, 400, "Not connected", e.getMessage());
        }
    }

    private static String describe(String description) {
        return description == null ? "" : " (" + description + ")";
    }

    private static void page(HttpServletResponse response, int status, String title, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html; charset=utf-8");
        response.getWriter().write("<!doctype html><meta charset=utf-8><title>Switchboard: " + title + "</title><h1>"
                + title + "</h1><p>" + escape(message) + "</p>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
