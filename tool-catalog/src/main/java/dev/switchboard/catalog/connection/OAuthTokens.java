package dev.switchboard.catalog.connection;

import java.time.Instant;

/**
 * What a token endpoint answered. {@link #toString()} never shows a token.
 *
 * <pre>{@code
 * OAuthTokens tokens = endpoint.refresh(client, refreshToken);
 * credentials = credentials.withTokens(tokens);
 * }</pre>
 *
 * @param refreshToken null when the provider sent none (keep the previous one)
 * @param expiresAt null when the provider did not send {@code expires_in}
 */
public record OAuthTokens(String accessToken, String refreshToken, Instant expiresAt) {

    @Override
    public String toString() {
        return "OAuthTokens[***, expires " + expiresAt + "]";
    }
}
