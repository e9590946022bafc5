package dev.switchboard.catalog.secret;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts secrets at rest with AES-256-GCM. Each value gets a fresh 96-bit nonce, and is bound
 * to a context (the connection id) as associated data, so a sealed value copied onto another
 * row does not open. Sealed text: {@code v1.<base64(nonce || ciphertext+tag)>}.
 *
 * <pre>{@code
 * SecretBox box = SecretBox.fromBase64(System.getenv("SWITCHBOARD_SECRET_KEY"));
 * String sealed = box.seal("{\"token\":\"…\"}", connectionId);
 * String clear = box.open(sealed, connectionId);
 * }</pre>
 */
public final class SecretBox {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "v1.";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final String keyId;

    public SecretBox(byte[] keyBytes) {
        if (keyBytes.length != 32) {
            throw new IllegalArgumentException("the secret key must be 32 bytes (256 bits), base64-encoded; got "
                    + keyBytes.length + " bytes");
        }
        this.key = new SecretKeySpec(keyBytes.clone(), "AES");
        this.keyId = fingerprint(keyBytes);
    }

    /** @throws IllegalArgumentException when the text is not base64 of 32 bytes; the message never shows the key */
    public static SecretBox fromBase64(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the secret key is not valid base64; create one with "
                    + "'openssl rand -base64 32'");
        }
        try {
            return new SecretBox(bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** A new random 256-bit key, base64-encoded. */
    public static String newKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** A short public fingerprint of the key (not a secret): tells which key sealed a row. */
    public String keyId() {
        return keyId;
    }

    public String seal(String plaintext, String context) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    /** @throws WrongKeyException when the value was sealed under another key or context, or was altered */
    public String open(String sealed, String context) {
        if (sealed == null || !sealed.startsWith(PREFIX)) {
            throw new WrongKeyException("a stored secret is not in the expected format");
        }
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
        if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new WrongKeyException("a stored secret is truncated");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new WrongKeyException("a stored secret cannot be decrypted with the current key (key id " + keyId
                    + "): SWITCHBOARD_SECRET_KEY or the secret-key file is not the key the secrets were encrypted with");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    private static String fingerprint(byte[] keyBytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(keyBytes);
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "SecretBox[key id " + keyId + "]";
    }

    /** A secret that does not open with this key; the message says which key was expected, never a value. */
    public static final class WrongKeyException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public WrongKeyException(String message) {
            super(message);
        }
    }
}
