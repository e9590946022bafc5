package dev.switchboard.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RequestGuardFilterTest {

    private final RequestGuardFilter guard = new RequestGuardFilter(List.of("mcp.example.com"),
            List.of("https://app.example.com/"));

    @Test
    void hosts_loopbackAndTrustedOnly() {
        assertThat(guard.hostAllowed("localhost:8080")).isTrue();
        assertThat(guard.hostAllowed("127.0.0.1")).isTrue();
        assertThat(guard.hostAllowed("[::1]:8080")).isTrue();
        assertThat(guard.hostAllowed("MCP.example.com:443")).isTrue();
        assertThat(guard.hostAllowed("evil.example.com")).isFalse();
        assertThat(guard.hostAllowed("localhost.evil.example")).isFalse();
    }

    @Test
    void origins_loopbackAndTrustedOnly() {
        assertThat(guard.originAllowed("http://localhost:6274")).isTrue();
        assertThat(guard.originAllowed("https://app.example.com")).isTrue();
        assertThat(guard.originAllowed("https://evil.example.com")).isFalse();
        assertThat(guard.originAllowed("null")).isFalse();
        assertThat(guard.originAllowed("file://localhost")).isFalse();
    }
}
