package dev.switchboard.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * API tokens, stored as SHA-256 hashes: a leaked database does not leak usable tokens.
 *
 * <pre>{@code
 * ApiTokens tokens = new ApiTokens(dataSource, Clock.systemUTC());
 * tokens.register("sb_...", Caller.user("alice"), "laptop");
 * tokens.authenticate("sb_...");   // Optional[Caller[owner=alice, admin=false]]
 * }</pre>
 */
public final class ApiTokens {

    private final DataSource dataSource;
    private final Clock clock;

    public ApiTokens(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Stores the token for the caller, unless that exact token is already known. */
    public void register(String token, Caller caller, String label) {
        String hash = hash(token);
        try (Connection c = dataSource.getConnection()) {
            if (findByHash(c, hash).isPresent()) {
                return;
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO api_tokens (id, owner, token_hash, is_admin, label, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, caller.owner());
                insert.setString(3, hash);
                insert.setBoolean(4, caller.isAdmin());
                insert.setString(5, label);
                insert.setTimestamp(6, Timestamp.from(clock.instant()));
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store the API token: " + e.getMessage(), e);
        }
    }

    /** The caller a bearer token stands for, or empty when the token is unknown. */
    public Optional<Caller> authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > 512) {
            return Optional.empty();
        }
        try (Connection c = dataSource.getConnection()) {
            return findByHash(c, hash(token.strip()));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot check the API token: " + e.getMessage(), e);
        }
    }

    private static Optional<Caller> findByHash(Connection c, String hash) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT owner, is_admin FROM api_tokens WHERE token_hash = ?")) {
            select.setString(1, hash);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(new Caller(rows.getString(1), rows.getBoolean(2))) : Optional.empty();
            }
        }
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
