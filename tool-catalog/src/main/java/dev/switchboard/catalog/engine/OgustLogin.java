package dev.switchboard.catalog.engine;

import dev.switchboard.catalog.connection.Credentials;
import dev.switchboard.catalog.connector.BodySpec;
import dev.switchboard.catalog.connector.Connector;
import dev.switchboard.catalog.connector.RequestSpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Ogust's login: {@code POST apiogust.php?method=getToken} with the API (public) key, the request
 * name {@code GET_TOKEN}, a time stamp {@code yyyyMMddHHmmss.NNNNNN} (Paris time, then six random
 * digits) and {@code api_signature}, the upper-case hex HMAC-SHA1 of {@code key+GET_TOKEN+time}
 * under the private key. The answer's {@code token} goes into the body of every later call.
 * A connection holds the API key as the basic user name and the private key as the password.
 *
 * <pre>{@code
 * String token = OgustLogin.token(engine, ogust, new Credentials.Basic(apiKey, privateKey), clock.instant(), "alice");
 * }</pre>
 */
final class OgustLogin {

    /** Compani's Ogust client treats a token as good for ten minutes (Ogust does not say publicly); renew a minute early. */
    static final Duration LIFETIME = Duration.ofMinutes(9);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private OgustLogin() {
    }

    static String token(HttpEngine engine, Connector connector, Credentials.Basic credentials, Instant now, String owner) {
        if (credentials.username() == null || credentials.username().isBlank()
                || credentials.password() == null || credentials.password().isEmpty()) {
            throw new ActionException(401, "an Ogust connection needs the API key as username and the private key as password");
        }
        String time = STAMP.format(now.atZone(PARIS)) + "." + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        ObjectNode body = JsonNodeFactory.instance.objectNode()
                .put("key", credentials.username())
                .put("request", "GET_TOKEN")
                .put("time", time)
                .put("api_signature", signature(credentials.password(), credentials.username() + "+GET_TOKEN+" + time));
        RequestSpec login = new RequestSpec("login", "POST", null, "",
                null, Map.of("method", JsonNodeFactory.instance.stringNode("getToken")), Map.of(),
                new BodySpec("json", body, null, null), null, null);
        ObjectNode response;
        try {
            response = engine.send(connector, login, JsonNodeFactory.instance.objectNode(), null, owner, Map.of(), null);
        } catch (ActionException e) {
            throw new ActionException(401, "Ogust refused the login with this connection's API key and private key: "
                    + e.getMessage());
        }
        JsonNode token = response.path("body").path("token");
        if (!token.isString() || token.asString().isEmpty()) {
            throw new ActionException(401, "Ogust's login answered without a token; check the connection's API key and private key");
        }
        return token.asString();
    }

    /** Upper-case hex HMAC-SHA1, as Ogust checks it. */
    static String signature(String privateKey, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(privateKey.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return HexFormat.of().withUpperCase().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
        }
    }
}
