package dev.switchboard.catalog.engine;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.switchboard.catalog.net.BlockedRequestException;
import dev.switchboard.catalog.net.OutboundGuard;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

class BlockingHttpTest {

    private static final OutboundGuard LOCAL = new OutboundGuard(List.of("127.0.0.1"));

    @Test
    void interruptingTheCaller_endsACallBlockedOnASilentProvider() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            BlockingHttp http = new BlockingHttp(LOCAL, Duration.ofMinutes(5));
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread caller = new Thread(() -> {
                try {
                    http.send("GET", URI.create("http://127.0.0.1:" + silent.getLocalPort() + "/slow"), new OutgoingRequest());
                } catch (Throwable e) {
                    failure.set(e);
                }
            });
            caller.start();
            try (Socket accepted = silent.accept()) {
                readRequestHead(accepted.getInputStream()); // the caller now waits for an answer that never comes
                caller.interrupt();
                caller.join(30_000); // a guard against a hang, not a measure: the read ends as soon as the interrupt lands
            }
            assertThat(caller.isAlive()).as("the caller is still blocked after the interrupt").isFalse();
            assertThat(failure.get()).isInstanceOf(IOException.class);
        }
    }

    @Test
    void hostsResolveThroughTheGuard_soABlockedAddressIsNeverConnected() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            BlockingHttp http = new BlockingHttp(OutboundGuard.publicOnly(), Duration.ofSeconds(5));
            assertThatThrownBy(() -> http.send("GET", URI.create("http://localhost:" + server.getLocalPort() + "/"),
                    new OutgoingRequest()))
                    .isInstanceOf(BlockedRequestException.class).hasMessageContaining("localhost");
        }
    }

    @Test
    void answers_areReadWhole_andTheConnectionIsKeptForTheNextCall() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            BlockingHttp http = new BlockingHttp(LOCAL, Duration.ofSeconds(30));
            URI uri = URI.create("http://127.0.0.1:" + server.getLocalPort() + "/items");
            AtomicReference<String> heads = new AtomicReference<>("");
            Thread provider = new Thread(() -> {
                try (Socket socket = server.accept()) { // one connection only: the second call must reuse it
                    for (int i = 0; i < 2; i++) {
                        heads.set(heads.get() + readRequestHead(socket.getInputStream()));
                        byte[] body = ("{\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8);
                        OutputStream out = socket.getOutputStream();
                        out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Page: " + i
                                + "\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(body);
                        out.flush();
                    }
                } catch (IOException ignored) {
                    // the assertions below tell what went wrong
                }
            });
            provider.start();
            OutgoingRequest request = new OutgoingRequest();
            request.header("X-Key", "k1");
            Reply first = http.send("GET", uri, request);
            Reply second = http.send("POST", uri, new OutgoingRequest());
            provider.join(30_000);

            assertThat(first.status()).isEqualTo(200);
            assertThat(new String(first.body(), StandardCharsets.UTF_8)).isEqualTo("{\"n\":0}");
            assertThat(first.header("x-page")).isEqualTo("0");
            assertThat(new String(second.body(), StandardCharsets.UTF_8)).isEqualTo("{\"n\":1}");
            assertThat(heads.get()).contains("GET /items HTTP/1.1").contains("X-Key: k1")
                    .contains("POST /items HTTP/1.1").contains("Content-Length: 0");
        }
    }

    @Test
    void https_checksTheProvidersCertificate() {
        WireMockServer tls = new WireMockServer(wireMockConfig().dynamicPort().dynamicHttpsPort());
        tls.start();
        try {
            tls.stubFor(get(urlPathEqualTo("/")).willReturn(okJson("{}")));
            BlockingHttp http = new BlockingHttp(LOCAL, Duration.ofSeconds(30));
            // the stub's certificate is self-signed: the default trust store refuses it during the handshake
            assertThatThrownBy(() -> http.send("GET", URI.create("https://127.0.0.1:" + tls.httpsPort() + "/"), new OutgoingRequest()))
                    .isInstanceOf(SSLHandshakeException.class);
            assertThat(tls.getAllServeEvents()).isEmpty();
        } finally {
            tls.stop();
        }
    }

    @Test
    void headersThatTheClientOwns_orThatCouldSplitTheRequest_areRefused() {
        OutgoingRequest request = new OutgoingRequest();
        assertThatThrownBy(() -> request.header("Host", "evil.example")).hasMessageContaining("sets it itself");
        assertThatThrownBy(() -> request.header("X-Note", "a\r\nX-Injected: 1")).hasMessageContaining("line break");
        assertThatThrownBy(() -> request.header("Bad Name", "v")).hasMessageContaining("not a valid header name");
        assertThat(request.headers()).isEmpty();
    }

    /** Reads up to the blank line that ends a request's head (the requests here have no body). */
    private static String readRequestHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) {
                break;
            }
            head.append((char) c);
        }
        return head.toString();
    }
}
