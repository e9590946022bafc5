package dev.switchboard.catalog.engine;

import dev.switchboard.catalog.connection.Connection;
import dev.switchboard.catalog.connection.CredentialRenewal;
import dev.switchboard.catalog.connection.Masking;
import dev.switchboard.catalog.connection.ReconnectRequiredException;
import dev.switchboard.catalog.connector.ActionSpec;
import dev.switchboard.catalog.connector.Connector;
import dev.switchboard.catalog.connector.RequestSpec;
import dev.switchboard.catalog.files.BlobStore;
import dev.switchboard.catalog.net.BlockedRequestException;
import dev.switchboard.catalog.net.OutboundGuard;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs any data-described action: builds each request from the input, sends it through the
 * outbound guard with the connection's credentials, reads pages, stores downloaded files, and
 * maps the responses to the action's output.
 *
 * <pre>{@code
 * HttpEngine engine = new HttpEngine(guard, blobs, UnaryOperator.identity(), Duration.ofSeconds(30));
 * JsonNode output = engine.execute(kizeo, kizeo.action("get_all_forms").orElseThrow(), input, connection, "alice");
 * }</pre>
 */
public final class HttpEngine implements AutoCloseable {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_REDIRECTS = 5;

    private final OutboundGuard guard;
    private final RequestFactory requests;
    private final ResponseReader responses;
    private final UnaryOperator<URI> route;
    private final Duration timeout;
    private final BlockingHttp http;
    private final CredentialRenewal renewal;
    private final SessionLogins logins = new SessionLogins(java.time.Clock.systemUTC());

    /**
     * @param route rewrites URLs before they are sent; identity in production, a local stub's
     *              origin in tests
     */
    public HttpEngine(OutboundGuard guard, BlobStore blobs, UnaryOperator<URI> route, Duration timeout) {
        this(guard, blobs, route, timeout, CredentialRenewal.NONE);
    }

    /** @param renewal refreshes OAuth2 tokens before each action and once after a 401 */
    public HttpEngine(OutboundGuard guard, BlobStore blobs, UnaryOperator<URI> route, Duration timeout,
            CredentialRenewal renewal) {
        this.renewal = renewal;
        this.guard = guard;
        this.requests = new RequestFactory(blobs);
        this.responses = new ResponseReader(blobs);
        this.route = route;
        this.timeout = timeout;
        this.http = new BlockingHttp(guard, timeout);
    }

    public JsonNode execute(Connector connector, ActionSpec action, JsonNode input, Connection connection, String owner) {
        return execute(connector, action, input, connection, owner, Map.of());
    }

    /**
     * @param extra more template roots, e.g. {@code webhook} ({@code {{webhook.url}}}) or
     *              {@code subscription} for trigger requests
     */
    public JsonNode execute(Connector connector, ActionSpec action, JsonNode input, Connection connection, String owner,
            Map<String, JsonNode> extra) {
        Connection given = connection;
        connection = renewed(() -> renewal.beforeUse(given));
        ObjectNode context = JsonNodeFactory.instance.objectNode();
        extra.forEach(context::set);
        context.set("input", input == null ? JsonNodeFactory.instance.objectNode() : input);
        ObjectNode fields = context.putObject("connection");
        if (connection != null) {
            connection.fields().forEach(fields::put);
        }
        ObjectNode session;
        try {
            session = logins.session(this, connector, connection, owner);
        } catch (ActionException e) {
            throw masked(e, connection, null);
        }
        if (session != null) {
            context.set("session", session);
        }
        ObjectNode named = context.putObject("responses");
        ObjectNode last = null;
        for (int i = 0; i < action.requests().size(); i++) {
            RequestSpec spec = action.requests().get(i);
            try {
                last = spec.pagination() != null
                        ? new Pager(this, connector, spec, context, connection, owner).all()
                        : send(connector, spec, context, connection, owner, Map.of(), null);
            } catch (ActionException e) {
                throw masked(e, connection, session);
            }
            named.set(spec.name() != null ? spec.name() : "r" + i, last);
        }
        return output(action, context, last);
    }

    private static Connection renewed(java.util.function.Supplier<Connection> renewal) {
        try {
            return renewal.get();
        } catch (ReconnectRequiredException e) {
            throw new ActionException(401, e.getMessage());
        }
    }

    /**
     * One request (or one page): returns {@code {status, headers, body}}. A 401 with OAuth2
     * credentials is retried once with refreshed tokens: providers revoke access tokens before
     * {@code expires_in} says.
     */
    ObjectNode send(Connector connector, RequestSpec spec, JsonNode context, Connection connection, String owner,
            Map<String, String> extraQuery, URI absolute) {
        try {
            return sendOnce(connector, spec, context, connection, owner, extraQuery, absolute);
        } catch (Unauthorized e) {
            Connection fresh = renewed(() -> renewal.afterUnauthorized(connection));
            if (fresh == null) {
                throw e.failure;
            }
            try {
                return sendOnce(connector, spec, context, fresh, owner, extraQuery, absolute);
            } catch (Unauthorized again) {
                throw again.failure;
            }
        }
    }

    /** A 401 to OAuth2 credentials, so that {@link #send} may retry with fresh ones. */
    private static final class Unauthorized extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final ActionException failure;

        Unauthorized(ActionException failure) {
            super(null, null, false, false);
            this.failure = failure;
        }
    }

    private ObjectNode sendOnce(Connector connector, RequestSpec spec, JsonNode context, Connection connection,
            String owner, Map<String, String> extraQuery, URI absolute) {
        OutgoingRequest request = new OutgoingRequest();
        Map<String, String> authQuery = requests.authenticate(request, connector, connection);
        Map<String, String> query = new java.util.LinkedHashMap<>(extraQuery);
        query.putAll(authQuery);
        URI uri = absolute != null ? withQuery(absolute, authQuery) : requests.uri(connector, spec, context, query);
        request.header("Accept", "application/json, */*;q=0.8"); // a connector's own Accept header wins
        requests.headers(request, spec, context);
        requests.body(request, spec.body(), context, owner);
        String method = RequestFactory.method(spec, context);
        Reply response = sendFollowingRedirects(request, method, route.apply(uri), connector);
        if (response.status() == 401 && connection != null
                && connection.credentials() instanceof dev.switchboard.catalog.connection.Credentials.OAuth2) {
            try {
                responses.read(connector, spec, context, response, owner);
            } catch (ActionException e) {
                throw new Unauthorized(e);
            }
        }
        ObjectNode result = responses.read(connector, spec, context, response, owner);
        result.put("url", uri.toString()); // before routing: relative next-page links resolve against the real API
        return result;
    }

    private Reply sendFollowingRedirects(OutgoingRequest request, String method, URI uri, Connector connector) {
        URI current = uri;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            Reply response;
            try {
                guard.checkUrl(current); // the addresses are checked as the client resolves them (BlockingHttp)
                response = http.send(method, current, request);
            } catch (BlockedRequestException e) {
                throw new ActionException(0, e.getMessage());
            } catch (SocketTimeoutException e) {
                throw new ActionException(0, connector.name() + " did not answer within " + timeout.toSeconds() + " s");
            } catch (IOException e) {
                if (e instanceof InterruptedIOException && !(e instanceof org.apache.hc.client5.http.ConnectTimeoutException)
                        || Thread.currentThread().isInterrupted()) {
                    throw new ActionException(0, "interrupted while calling " + connector.name());
                }
                throw new ActionException(0, "could not reach " + current.getHost() + ": " + e.getMessage());
            }
            int status = response.status();
            if (status < 300 || status >= 400 || !"GET".equals(method)) {
                return response;
            }
            String location = response.header("location");
            if (location == null) {
                return response;
            }
            URI next = current.resolve(location);
            if (!next.getHost().equalsIgnoreCase(current.getHost())) {
                request = request.copy();
                request.removeHeader("Authorization"); // credentials never follow a redirect to another host
            }
            current = next;
        }
        throw new ActionException(0, "too many redirects from " + uri.getHost());
    }

    /** Closes the kept-alive connections to providers. */
    @Override
    public void close() {
        http.close();
    }

    private static URI withQuery(URI uri, Map<String, String> extra) {
        if (extra.isEmpty()) {
            return uri;
        }
        StringBuilder text = new StringBuilder(uri.toString());
        extra.forEach((k, v) -> text.append(text.indexOf("?") < 0 ? '?' : '&')
                .append(RequestFactory.encode(k)).append('=').append(RequestFactory.encode(v)));
        return URI.create(text.toString());
    }

    private static JsonNode output(ActionSpec action, ObjectNode context, ObjectNode last) {
        ObjectNode scope = JsonNodeFactory.instance.objectNode();
        scope.set("input", context.get("input"));
        scope.set("responses", context.get("responses"));
        if (last != null) {
            last.properties().forEach(e -> scope.set(e.getKey(), e.getValue()));
        }
        JsonNode result;
        if (action.result() != null) {
            try {
                result = Expressions.evaluate(action.result(), scope);
            } catch (Expressions.ExpressionException e) {
                throw new ActionException(0, "the connector's output mapping failed: " + e.getMessage());
            }
        } else if (scope.has("items")) {
            result = JsonNodeFactory.instance.objectNode().set("items", scope.get("items"));
        } else if (scope.has("file")) {
            result = JsonNodeFactory.instance.objectNode().set("file", scope.get("file"));
        } else {
            result = scope.path("body");
        }
        if (result.isObject()) {
            return result;
        }
        ObjectNode wrapped = JsonNodeFactory.instance.objectNode();
        wrapped.set("result", result.isMissingNode() ? JsonNodeFactory.instance.nullNode() : result);
        return wrapped;
    }

    private static ActionException masked(ActionException e, Connection connection, ObjectNode session) {
        if (connection == null) {
            return e;
        }
        java.util.List<String> secrets = new java.util.ArrayList<>(connection.credentials().secretValues());
        if (session != null) {
            session.properties().forEach(p -> secrets.add(p.getValue().asString()));
        }
        String message = Masking.mask(e.getMessage(), secrets);
        return message.equals(e.getMessage()) ? e : new ActionException(e.status(), message);
    }
}
