package dev.switchboard.server.connections;

import dev.switchboard.catalog.connection.Connection;
import dev.switchboard.catalog.connection.Credentials;
import dev.switchboard.catalog.connection.Masking;
import dev.switchboard.catalog.connection.OAuthClient;
import dev.switchboard.catalog.connection.OAuthTokens;
import dev.switchboard.catalog.connection.TokenEndpoint;
import dev.switchboard.catalog.connector.ActionSpec;
import dev.switchboard.catalog.connector.Annotations;
import dev.switchboard.catalog.connector.Catalog;
import dev.switchboard.catalog.connector.Connector;
import dev.switchboard.catalog.engine.ActionException;
import dev.switchboard.catalog.engine.HttpEngine;
import dev.switchboard.server.auth.Caller;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * What one can do with connections, for the MCP tools, the CLI and the OAuth callback alike:
 * every method that takes a {@link Caller} acts only on that caller's own connections.
 *
 * <pre>{@code
 * Connections.Created c = connections.create(caller, "kizeo_forms", "main", Map.of("type", "api_key", "key", k), Map.of());
 * Connections.TestResult t = connections.test(caller, "kizeo_forms", "main");
 * }</pre>
 */
public final class Connections {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._-]{0,99}");
    private static final Duration AUTHORIZATION_WINDOW = Duration.ofMinutes(15);

    /** A new (or re-authorized) connection; {@code authorizationUrl} is set for OAuth2 authorization code. */
    public record Created(StoredConnection connection, URI authorizationUrl) {
    }

    /** The outcome of a test call; {@code message} holds no secret. */
    public record TestResult(boolean ok, String message, StoredConnection connection) {
    }

    private final Catalog catalog;
    private final ConnectionStore store;
    private final ConnectionUsage usage;
    private final OAuthApps apps;
    private final TokenEndpoint endpoint;
    private final HttpEngine engine;
    private final Clock clock;
    private final Supplier<URI> publicUrl;

    /** @param publicUrl the server's base URL as browsers reach it; the redirect URI is {@code <it>/oauth/callback} */
    public Connections(Catalog catalog, ConnectionStore store, ConnectionUsage usage, OAuthApps apps,
            TokenEndpoint endpoint, HttpEngine engine, Clock clock, Supplier<URI> publicUrl) {
        this.catalog = catalog;
        this.store = store;
        this.usage = usage;
        this.apps = apps;
        this.endpoint = endpoint;
        this.engine = engine;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    public ConnectionStore store() {
        return store;
    }

    public List<StoredConnection> list(Caller caller, String app) {
        return store.list(caller.owner(), app).stream().filter(c -> caller.owns(c.owner())).toList();
    }

    public StoredConnection get(Caller caller, String app, String name) {
        StoredConnection found = store.find(caller.owner(), app, name).orElse(null);
        if (found == null || !caller.owns(found.owner())) {
            List<String> mine = list(caller, app).stream().map(StoredConnection::name).toList();
            throw new ConnectionException("You have no " + app + " connection named '" + name + "'"
                    + (mine.isEmpty() ? "; list_connections shows yours." : "; yours: " + String.join(", ", mine) + "."));
        }
        return found;
    }

    public Created create(Caller caller, String app, String name, Map<String, Object> auth, Map<String, String> fields) {
        Connector connector = connector(app);
        checkName(name);
        if (store.find(caller.owner(), app, name).isPresent()) {
            throw new ConnectionException("You already have a " + app + " connection named '" + name
                    + "': pick another name, or change it with update_connection.");
        }
        String type = AuthInput.type(connector, auth);
        Credentials credentials = obtain(AuthInput.credentials(connector, type, auth, apps));
        boolean pending = needsAuthorization(credentials);
        StoredConnection stored;
        try {
            stored = store.insert(caller.owner(), app, name, type, fields, credentials,
                    pending ? StoredConnection.Status.PENDING : StoredConnection.Status.ACTIVE,
                    pending ? "waiting for the user to authorize in the browser" : null);
        } catch (ConnectionStore.DuplicateException e) {
            throw new ConnectionException("You already have a " + app + " connection named '" + name + "'.");
        }
        return new Created(stored, pending ? startAuthorization(stored, (Credentials.OAuth2) credentials) : null);
    }

    /** New credentials for an existing connection; OAuth2 code starts a new authorization (reconnect). */
    public Created updateCredentials(Caller caller, String app, String name, Map<String, Object> auth) {
        StoredConnection stored = get(caller, app, name);
        Connector connector = connector(app);
        String type = AuthInput.type(connector, auth);
        Credentials credentials = obtain(AuthInput.credentials(connector, type, auth, apps));
        boolean pending = needsAuthorization(credentials);
        store.replaceCredentials(stored.id(), type, credentials,
                pending ? StoredConnection.Status.PENDING : StoredConnection.Status.ACTIVE,
                pending ? "waiting for the user to authorize in the browser" : null);
        StoredConnection updated = store.byId(stored.id()).orElseThrow();
        return new Created(updated, pending ? startAuthorization(updated, (Credentials.OAuth2) credentials) : null);
    }

    public StoredConnection rename(Caller caller, String app, String name, String newName) {
        StoredConnection stored = get(caller, app, name);
        checkName(newName);
        if (store.find(caller.owner(), app, newName).isPresent()) {
            throw new ConnectionException("You already have a " + app + " connection named '" + newName + "'.");
        }
        store.rename(stored.id(), newName);
        return store.byId(stored.id()).orElseThrow();
    }

    public StoredConnection updateFields(Caller caller, String app, String name, Map<String, String> fields) {
        StoredConnection stored = get(caller, app, name);
        store.updateFields(stored.id(), fields);
        return store.byId(stored.id()).orElseThrow();
    }

    /** Deletes unless flows use the connection; {@code force} deletes anyway (those flows will fail). */
    public StoredConnection delete(Caller caller, String app, String name, boolean force) {
        StoredConnection stored = get(caller, app, name);
        List<String> flows = usage.flowsUsing(stored.id());
        if (!flows.isEmpty() && !force) {
            throw new ConnectionException("The " + app + " connection '" + name + "' is used by the flows "
                    + String.join(", ", flows) + ": change their steps first, or delete with force=true.");
        }
        store.delete(stored.id());
        return stored;
    }

    /** A real call to the app's test endpoint; the status becomes ACTIVE or ERROR accordingly. */
    public TestResult test(Caller caller, String app, String name) {
        StoredConnection stored = get(caller, app, name);
        Connector connector = connector(app);
        if (stored.status() == StoredConnection.Status.PENDING) {
            return new TestResult(false, "Not authorized yet: open the authorization URL first.", stored);
        }
        if (connector.test() == null) {
            return new TestResult(true, connector.name() + " has no test endpoint: the credentials were stored but "
                    + "cannot be checked until an action uses them.", stored);
        }
        Connection connection = store.open(stored);
        ActionSpec probe = new ActionSpec("test_connection", "Test connection", "", Annotations.DEFAULT,
                JsonNodeFactory.instance.objectNode(), null, null, List.of(connector.test()), null, null);
        try {
            engine.execute(connector, probe, JsonNodeFactory.instance.objectNode(), connection, stored.owner());
        } catch (ActionException e) {
            String reason = "test failed" + (e.status() > 0 ? " (HTTP " + e.status() + ")" : "") + ": "
                    + Masking.mask(e.getMessage(), connection.credentials().secretValues());
            store.setStatus(stored.id(), StoredConnection.Status.ERROR, reason);
            return new TestResult(false, reason, store.byId(stored.id()).orElseThrow());
        }
        store.setStatus(stored.id(), StoredConnection.Status.ACTIVE, null);
        return new TestResult(true, connector.name() + " accepted the credentials.", store.byId(stored.id()).orElseThrow());
    }

    /**
     * The provider redirected back: checks the state (one use, 15 minutes), redeems the code
     * with the PKCE verifier and stores the tokens.
     */
    public StoredConnection completeAuthorization(String state, String code, String error) {
        ConnectionStore.Pending pending = state == null ? null : store.takePending(hash(state)).orElse(null);
        if (pending == null || pending.expiresAt().isBefore(clock.instant())) {
            throw new ConnectionException("This authorization link is unknown, used or expired: start again with "
                    + "create_connection or update_connection.");
        }
        StoredConnection stored = store.byId(pending.connectionId()).orElseThrow(() ->
                new ConnectionException("The connection was deleted while it was being authorized."));
        Connection connection = store.open(stored);
        if (!(connection.credentials() instanceof Credentials.OAuth2 oauth)) {
            throw new ConnectionException("The connection no longer uses OAuth2.");
        }
        if (error != null || code == null) {
            String reason = "authorization refused by the provider: " + (error == null ? "no code" : error);
            store.setStatus(stored.id(), StoredConnection.Status.ERROR, reason);
            throw new ConnectionException(reason);
        }
        try {
            OAuthTokens tokens = endpoint.exchangeCode(oauth.client(), code, URI.create(pending.redirectUri()),
                    pending.verifier());
            store.saveTokens(connection, oauth.withTokens(tokens));
        } catch (TokenEndpoint.OAuthException e) {
            String reason = "code exchange failed: " + Masking.mask(e.getMessage(), oauth.secretValues());
            store.setStatus(stored.id(), StoredConnection.Status.ERROR, reason);
            throw new ConnectionException(reason);
        }
        return store.byId(stored.id()).orElseThrow();
    }

    private URI startAuthorization(StoredConnection stored, Credentials.OAuth2 credentials) {
        String state = TokenEndpoint.newState();
        String verifier = TokenEndpoint.newCodeVerifier();
        URI redirect = URI.create(publicUrl.get().toString().replaceAll("/$", "") + "/oauth/callback");
        store.addPending(hash(state), stored.id(), verifier, redirect.toString(), clock.instant().plus(AUTHORIZATION_WINDOW));
        return endpoint.authorizationUrl(credentials.client(), redirect, state, verifier);
    }

    /** Client credentials get their first token now, so a wrong secret is reported at once. */
    private Credentials obtain(Credentials credentials) {
        if (credentials instanceof Credentials.OAuth2 oauth && OAuthClient.CLIENT_CREDENTIALS.equals(oauth.client().grant())) {
            try {
                return oauth.withTokens(endpoint.clientCredentials(oauth.client()));
            } catch (TokenEndpoint.OAuthException e) {
                throw new ConnectionException("Could not get a token with these client credentials: "
                        + Masking.mask(e.getMessage(), oauth.secretValues()));
            }
        }
        return credentials;
    }

    private static boolean needsAuthorization(Credentials credentials) {
        return credentials instanceof Credentials.OAuth2 oauth && oauth.accessToken() == null;
    }

    private Connector connector(String app) {
        return catalog.connector(app).orElseThrow(() -> new ConnectionException("There is no app '" + app
                + "': list_apps shows them."));
    }

    private static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new ConnectionException("A connection name uses letters, digits, spaces and . _ - (1 to 100 characters,"
                    + " starting with a letter or digit).");
        }
    }

    static String hash(String state) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(state.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
