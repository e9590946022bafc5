package dev.switchboard.server.triggers;

import dev.switchboard.catalog.secret.SecretBox;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The per-flow webhook secrets: 32 random bytes, sealed with the server key (AES-GCM, bound to
 * the flow id) in {@code flow_trigger_state}, made on first request by the owner and rotatable.
 * A call proves it knows the secret by giving it (URL) or by signing its body with it
 * ({@value #SIGNATURE_HEADER}: {@code sha256=<hex HMAC-SHA256(secret, raw body)>}); both checks
 * compare in constant time, and an unknown flow gets the same answer as a wrong secret.
 *
 * <pre>{@code
 * String secret = hooks.reveal(flowId);                      // shown to the owner
 * boolean ok = hooks.verify(flowId, given, signature, body);  // on each call to /hooks/{flow}
 * }</pre>
 */
public final class HookSecrets {

    public static final String SIGNATURE_HEADER = "X-Switchboard-Signature";
    static final String KIND = "hook";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Compared against when the flow has no secret, so that a missing flow costs the same as a wrong secret. */
    private static final String DUMMY = newSecret();

    private final TriggerState state;
    private final SecretBox box;
    private final Clock clock;

    HookSecrets(TriggerState state, SecretBox box, Clock clock) {
        this.state = state;
        this.box = box;
        this.clock = clock;
    }

    /** The flow's secret, made now if it has none. The caller has checked that the flow is theirs. */
    public String reveal(String flowId) {
        Optional<String> existing = secret(flowId);
        if (existing.isPresent()) {
            return existing.get();
        }
        state.insertIfAbsent(flowId, KIND, box.seal(newSecret(), context(flowId)), clock.instant());
        return secret(flowId).orElseThrow();
    }

    /** Replaces the secret; the old one stops working at once. */
    public String rotate(String flowId) {
        String fresh = newSecret();
        state.put(flowId, KIND, box.seal(fresh, context(flowId)), clock.instant());
        return fresh;
    }

    /**
     * Whether the call knows the flow's secret: {@code given} equals it, or {@code signature} is
     * {@code sha256=<hex>} of the body. An unknown flow answers false, after the same comparison.
     */
    public boolean verify(String flowId, String given, String signature, byte[] body) {
        String secret = secret(flowId).orElse(null);
        boolean known = secret != null;
        String expected = known ? secret : DUMMY;
        boolean ok = false;
        if (given != null && !given.isEmpty()) {
            ok = MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
        } else if (signature != null) {
            String hex = signature.strip().toLowerCase(Locale.ROOT);
            hex = hex.startsWith("sha256=") ? hex.substring(7) : hex;
            ok = MessageDigest.isEqual(sign(expected, body).getBytes(StandardCharsets.US_ASCII), hex.getBytes(StandardCharsets.US_ASCII));
        }
        return ok && known;
    }

    /** {@code hex(HMAC-SHA256(secret, body))}, what a sender puts after {@code sha256=}. */
    public static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this Java runtime", e);
        }
    }

    private Optional<String> secret(String flowId) {
        Optional<TriggerState.Row> row = state.read(flowId, KIND);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(box.open(row.get().config(), context(flowId)));
        } catch (SecretBox.WrongKeyException e) {
            // sealed under an older server key: the owner rotates it (get_flow_webhook with rotate)
            return Optional.empty();
        }
    }

    private static String context(String flowId) {
        return "hook:" + flowId;
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
