package dev.switchboard.catalog.connection;

import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.AuthorizationRequest;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.oauth2.sdk.token.Tokens;
import dev.switchboard.catalog.net.BlockedRequestException;
import dev.switchboard.catalog.net.OutboundGuard;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;

/**
 * Talks to an OAuth2 provider with the Nimbus SDK: builds authorization URLs with PKCE (S256,
 * RFC 7636) and redeems codes, refresh tokens and client credentials at the token endpoint
 * (RFC 6749 sections 4.1, 4.4 and 6). Token URLs pass the same outbound guard as actions.
 *
 * <pre>{@code
 * TokenEndpoint endpoint = new TokenEndpoint(guard, Clock.systemUTC(), Duration.ofSeconds(20));
 * URI url = endpoint.authorizationUrl(client, redirect, state, verifier);
 * OAuthTokens tokens = endpoint.exchangeCode(client, code, redirect, verifier);
 * }</pre>
 */
public final class TokenEndpoint {

    private final OutboundGuard guard;
    private final Clock clock;
    private final Duration timeout;

    public TokenEndpoint(OutboundGuard guard, Clock clock, Duration timeout) {
        this.guard = guard;
        this.clock = clock;
        this.timeout = timeout;
    }

    /** A new PKCE code verifier (random, 43+ characters). */
    public static String newCodeVerifier() {
        return new CodeVerifier().getValue();
    }

    /** A new unguessable {@code state} value. */
    public static String newState() {
        return new State().getValue();
    }

    /** Where to send the user: the provider's authorization page with our client, scopes, state and code challenge. */
    public URI authorizationUrl(OAuthClient client, URI redirect, String state, String codeVerifier) {
        if (client.authorizeUrl() == null || client.authorizeUrl().isBlank()) {
            throw new OAuthException("the OAuth client has no authorize URL");
        }
        AuthorizationRequest.Builder request = new AuthorizationRequest.Builder(ResponseType.CODE,
                new ClientID(client.clientId()))
                .endpointURI(URI.create(client.authorizeUrl()))
                .redirectionURI(redirect)
                .state(new State(state))
                .codeChallenge(new CodeVerifier(codeVerifier), CodeChallengeMethod.S256);
        if (!client.scopes().isEmpty()) {
            request.scope(new Scope(client.scopes().toArray(String[]::new)));
        }
        return request.build().toURI();
    }

    public OAuthTokens exchangeCode(OAuthClient client, String code, URI redirect, String codeVerifier) {
        return redeem(client, client.tokenUrl(),
                new AuthorizationCodeGrant(new AuthorizationCode(code), redirect, new CodeVerifier(codeVerifier)), false);
    }

    public OAuthTokens refresh(OAuthClient client, String refreshToken) {
        return redeem(client, client.effectiveRefreshUrl(), new RefreshTokenGrant(new RefreshToken(refreshToken)), false);
    }

    public OAuthTokens clientCredentials(OAuthClient client) {
        return redeem(client, client.tokenUrl(), new ClientCredentialsGrant(), true);
    }

    private OAuthTokens redeem(OAuthClient client, String url, AuthorizationGrant grant, boolean withScope) {
        URI uri;
        try {
            uri = URI.create(url);
            guard.check(uri);
        } catch (IllegalArgumentException e) {
            throw new OAuthException("the token URL '" + url + "' is not a valid URL");
        } catch (BlockedRequestException e) {
            throw new OAuthException(e.getMessage());
        }
        TokenRequest.Builder builder = client.clientSecret() == null || client.clientSecret().isEmpty()
                ? new TokenRequest.Builder(uri, new ClientID(client.clientId()), grant)
                : new TokenRequest.Builder(uri, new ClientSecretBasic(new ClientID(client.clientId()),
                        new Secret(client.clientSecret())), grant);
        if (withScope && !client.scopes().isEmpty()) {
            builder.scope(new Scope(client.scopes().toArray(String[]::new)));
        }
        HTTPRequest http = builder.build().toHTTPRequest();
        http.setConnectTimeout((int) timeout.toMillis());
        http.setReadTimeout((int) timeout.toMillis());
        TokenResponse response;
        try {
            response = TokenResponse.parse(http.send());
        } catch (IOException e) {
            throw new OAuthException("could not reach the token endpoint " + uri.getHost() + ": " + e.getMessage());
        } catch (ParseException e) {
            throw new OAuthException("the token endpoint " + uri.getHost() + " gave an answer that is not an OAuth2 token response");
        }
        if (!response.indicatesSuccess()) {
            ErrorObject error = response.toErrorResponse().getErrorObject();
            String description = error.getDescription() == null ? "" : " (" + error.getDescription() + ")";
            String code = error.getCode() == null ? "no OAuth2 error code" : error.getCode();
            throw new OAuthException("the provider refused: " + code + description
                    + (error.getHTTPStatusCode() > 0 ? ", HTTP " + error.getHTTPStatusCode() : ""));
        }
        Tokens tokens = response.toSuccessResponse().getTokens();
        long lifetime = tokens.getAccessToken().getLifetime();
        RefreshToken refresh = tokens.getRefreshToken();
        return new OAuthTokens(tokens.getAccessToken().getValue(), refresh == null ? null : refresh.getValue(),
                lifetime > 0 ? clock.instant().plusSeconds(lifetime) : null);
    }

    /** A token endpoint failure; the message names the provider's error code, never a secret. */
    public static final class OAuthException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public OAuthException(String message) {
            super(message);
        }
    }
}
