package dev.switchboard.server.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonRpcCheckTest {

    private static String problem(String body) {
        return JsonRpcCheck.problemWith(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void wellFormedRequestsNotificationsAndResponses_pass() {
        assertThat(problem("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}")).isNull();
        assertThat(problem("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}")).isNull();
        assertThat(problem("{\"jsonrpc\":\"2.0\",\"id\":\"a\",\"result\":{}}")).isNull();
    }

    @Test
    void eachMalformation_saysWhatToFix() {
        assertThat(problem("{oops")).startsWith("parse error");
        assertThat(problem("")).startsWith("parse error");
        assertThat(problem("[]")).contains("batches");
        assertThat(problem("42")).contains("must be a JSON-RPC 2.0 object");
        assertThat(problem("{\"jsonrpc\":\"1.0\",\"id\":1,\"method\":\"ping\"}")).contains("\"jsonrpc\" must be \"2.0\"");
        assertThat(problem("{\"jsonrpc\":\"2.0\",\"id\":1}")).contains("\"method\"");
        assertThat(problem("{\"jsonrpc\":\"2.0\",\"id\":{},\"method\":\"ping\"}")).contains("\"id\"");
        assertThat(problem("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":[1]}")).contains("\"params\"");
    }
}
