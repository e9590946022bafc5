package dev.switchboard.server.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * DNS-rebinding protection: answers 403 when the {@code Host} header, or the {@code Origin}
 * header of a browser request, names anything but loopback or a host the administrator trusts.
 * Requests without an {@code Origin} (command-line and desktop clients) pass the Origin check.
 *
 * <pre>{@code
 * new RequestGuardFilter(List.of("mcp.example.com"), List.of("https://app.example.com"));
 * }</pre>
 */
public final class RequestGuardFilter extends HttpFilter {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private final Set<String> trustedHosts = new HashSet<>();
    private final Set<String> trustedOrigins = new HashSet<>();

    public RequestGuardFilter(List<String> hosts, List<String> origins) {
        for (String host : hosts) {
            trustedHosts.add(host.strip().toLowerCase(Locale.ROOT));
        }
        for (String origin : origins) {
            trustedOrigins.add(stripSlash(origin.strip().toLowerCase(Locale.ROOT)));
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String host = request.getHeader("Host");
        if (host == null || !hostAllowed(host)) {
            JsonErrors.write(response, 403, JsonErrors.INVALID_REQUEST,
                    "Host '" + host + "' is not allowed: use localhost, or ask the administrator to add it with --trusted-hosts");
            return;
        }
        String origin = request.getHeader("Origin");
        if (origin != null && !originAllowed(origin)) {
            JsonErrors.write(response, 403, JsonErrors.INVALID_REQUEST,
                    "Origin '" + origin + "' is not allowed: ask the administrator to add it with --trusted-origins");
            return;
        }
        chain.doFilter(request, response);
    }

    boolean hostAllowed(String hostHeader) {
        String name = withoutPort(hostHeader.strip().toLowerCase(Locale.ROOT));
        return LOOPBACK.contains(name) || trustedHosts.contains(name);
    }

    boolean originAllowed(String origin) {
        String normalized = stripSlash(origin.strip().toLowerCase(Locale.ROOT));
        if (trustedOrigins.contains(normalized)) {
            return true;
        }
        try {
            URI uri = URI.create(normalized);
            String scheme = uri.getScheme();
            String host = uri.getHost();
            return ("http".equals(scheme) || "https".equals(scheme)) && host != null && LOOPBACK.contains(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String withoutPort(String host) {
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end < 0 ? host : host.substring(0, end + 1);
        }
        int colon = host.indexOf(':');
        return colon < 0 ? host : host.substring(0, colon);
    }

    private static String stripSlash(String origin) {
        return origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin;
    }
}
