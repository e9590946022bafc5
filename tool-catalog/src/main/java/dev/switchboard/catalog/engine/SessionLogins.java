package dev.switchboard.catalog.engine;

import dev.switchboard.catalog.connection.Connection;
import dev.switchboard.catalog.connection.Credentials;
import dev.switchboard.catalog.connector.AuthSpec;
import dev.switchboard.catalog.connector.Connector;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Trades a connection's credentials for a short-lived session token before an action runs, for
 * the few apps whose API has a login call instead of static credentials (auth {@code "login"} in
 * the connector). Requests read the token as {@code {{session.token}}}. A token is reused for
 * the same connection and credentials until shortly before it expires, so that a flow of many
 * steps logs in once.
 *
 * <pre>{@code
 * ObjectNode session = logins.session(engine, ogust, connection, "alice");   // {"token": "…"} or null
 * }</pre>
 */
final class SessionLogins {

    private static final int MAX_SESSIONS = 10_000;

    private final Clock clock;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    SessionLogins(Clock clock) {
        this.clock = clock;
    }

    private record Session(String token, Instant expiresAt) {
    }

    /** The session values for {@code {{session.x}}}, or null when the connector has no login. */
    ObjectNode session(HttpEngine engine, Connector connector, Connection connection, String owner) {
        AuthSpec login = connector.auth().stream().filter(a -> a.login() != null).findFirst().orElse(null);
        if (login == null || connection == null || !(connection.credentials() instanceof Credentials.Basic basic)) {
            return null;
        }
        String key = connector.app() + "|" + connection.id() + "|" + fingerprint(basic);
        Instant now = clock.instant();
        Session session = sessions.get(key);
        if (session == null || !now.isBefore(session.expiresAt())) {
            if (!"ogust".equals(login.login())) {
                throw new ActionException(0, "connector " + connector.app() + " names an unknown login '" + login.login() + "'");
            }
            String token = OgustLogin.token(engine, connector, basic, now, owner);
            session = new Session(token, now.plus(OgustLogin.LIFETIME));
            if (sessions.size() > MAX_SESSIONS) {
                sessions.clear();
            }
            sessions.put(key, session);
        }
        return JsonNodeFactory.instance.objectNode().put("token", session.token());
    }

    /** Rotated credentials get a new session; the secret itself is never a map key. */
    private static String fingerprint(Credentials.Basic basic) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((basic.username() + "\0" + basic.password()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
