package dev.switchboard.server.http;

import dev.switchboard.server.auth.ApiTokens;
import dev.switchboard.server.auth.Caller;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Requires {@code Authorization: Bearer <token>} and puts the {@link Caller} it stands for in
 * the request attribute {@link #CALLER}, where the MCP layer picks it up.
 *
 * <pre>{@code
 * context.addFilter(new FilterHolder(new BearerAuthFilter(tokens, hint)), "/mcp", REQUEST);
 * }</pre>
 */
public final class BearerAuthFilter extends HttpFilter {

    public static final String CALLER = "switchboard.caller";

    private final ApiTokens tokens;
    private final String tokenHint;

    /** @param tokenHint where a user finds a token, said in the 401 message */
    public BearerAuthFilter(ApiTokens tokens, String tokenHint) {
        this.tokens = tokens;
        this.tokenHint = tokenHint;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            challenge(response, "authentication required: send 'Authorization: Bearer <token>' (" + tokenHint + ")");
            return;
        }
        Optional<Caller> caller = tokens.authenticate(header.substring(7));
        if (caller.isEmpty()) {
            challenge(response, "unknown bearer token (" + tokenHint + ")");
            return;
        }
        request.setAttribute(CALLER, caller.get());
        chain.doFilter(request, response);
    }

    private static void challenge(HttpServletResponse response, String message) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"switchboard\"");
        JsonErrors.write(response, 401, JsonErrors.UNAUTHORIZED, message);
    }
}
