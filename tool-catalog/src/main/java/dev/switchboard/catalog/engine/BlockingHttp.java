package dev.switchboard.catalog.engine;

import dev.switchboard.catalog.net.OutboundGuard;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.DefaultSchemePortResolver;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.DefaultHttpClientConnectionOperator;
import org.apache.hc.client5.http.impl.io.ManagedHttpClientConnectionFactory;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.config.RegistryBuilder;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.pool.PoolConcurrencyPolicy;
import org.apache.hc.core5.pool.PoolReusePolicy;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The engine's HTTP client: pooled, kept-alive HTTP/1.1 whose calls block and do their I/O in
 * the calling thread (Apache HttpClient 5, classic API). No redirects, retries, cookies or
 * decompression: the engine decides those itself.
 *
 * <p>Why not the JDK's {@code java.net.http} client: each of its calls hands the request to the
 * client's selector thread and the answer back through an executor, and these hand-offs cost more
 * CPU than the rest of a step; running the hand-offs inline instead made a kept-alive call hang
 * now and then. Two properties the JDK client had are kept on purpose: sockets are NIO channels,
 * so interrupting the calling thread (a step's deadline) closes the connection and ends a blocked
 * read at once; and host names resolve through the {@link OutboundGuard}, so the address connected
 * to is an address that was checked (a name cannot pass the check and then resolve elsewhere).
 *
 * <pre>{@code
 * BlockingHttp http = new BlockingHttp(guard, Duration.ofSeconds(30));
 * Reply reply = http.send("GET", URI.create("https://api.example.com/items"), new OutgoingRequest());
 * }</pre>
 */
final class BlockingHttp implements AutoCloseable {

    private static final Set<String> BODY_EXPECTED = Set.of("POST", "PUT", "PATCH");

    private final CloseableHttpClient client;

    /** @param timeout how long a provider may stay silent: before it answers, and between bytes of the answer */
    BlockingHttp(OutboundGuard guard, Duration timeout) {
        DnsResolver dns = new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) {
                return guard.resolve(host); // throws BlockedRequestException, which the engine reports
            }

            @Override
            public String resolveCanonicalHostname(String host) {
                return host;
            }
        };
        DefaultHttpClientConnectionOperator operator = new DefaultHttpClientConnectionOperator(
                proxy -> SocketChannel.open().socket(), DefaultSchemePortResolver.INSTANCE, dns,
                RegistryBuilder.<TlsSocketStrategy>create().register("https", DefaultClientTlsStrategy.createSystemDefault()).build());
        PoolingHttpClientConnectionManager pool = new PoolingHttpClientConnectionManager(operator,
                PoolConcurrencyPolicy.LAX, PoolReusePolicy.LIFO, TimeValue.NEG_ONE_MILLISECOND,
                ManagedHttpClientConnectionFactory.INSTANCE);
        pool.setMaxTotal(256);
        pool.setDefaultMaxPerRoute(64);
        pool.setDefaultConnectionConfig(ConnectionConfig.custom()
                .setConnectTimeout(Timeout.ofSeconds(10))
                .setSocketTimeout(Timeout.of(timeout))
                .setValidateAfterInactivity(TimeValue.ofSeconds(1)) // a provider may close an idle connection
                .build());
        client = HttpClients.custom().setConnectionManager(pool)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(timeout))
                        .setConnectionRequestTimeout(Timeout.of(timeout))
                        .build())
                .disableRedirectHandling().disableAutomaticRetries().disableCookieManagement()
                .disableContentCompression().disableAuthCaching().disableConnectionState()
                .setUserAgent("Switchboard")
                .build();
    }

    /** Closes the pooled connections; calls after this fail. */
    @Override
    public void close() {
        client.close(org.apache.hc.core5.io.CloseMode.IMMEDIATE);
    }

    /**
     * Sends one request and reads the whole answer.
     *
     * @throws IOException when the provider cannot be reached, stays silent too long
     *                     ({@link java.net.SocketTimeoutException}) or the thread is interrupted
     */
    Reply send(String method, URI uri, OutgoingRequest request) throws IOException {
        HttpUriRequestBase message = new HttpUriRequestBase(method, uri);
        request.headers().forEach(message::setHeader);
        byte[] body = request.body();
        if (body == null && BODY_EXPECTED.contains(method)) {
            body = new byte[0]; // sent as Content-Length: 0, which some providers require
        }
        if (body != null) {
            message.setEntity(new ByteArrayEntity(body, null));
        }
        return client.execute(message, response -> {
            Map<String, String> headers = new LinkedHashMap<>();
            for (Header header : response.getHeaders()) {
                headers.putIfAbsent(header.getName().toLowerCase(Locale.ROOT), header.getValue());
            }
            HttpEntity entity = response.getEntity();
            byte[] bytes = entity == null ? null : EntityUtils.toByteArray(entity);
            return new Reply(response.getCode(), headers, bytes == null ? new byte[0] : bytes);
        });
    }
}
