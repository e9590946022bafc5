package dev.switchboard.catalog.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.catalog.engine.ActionException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class WebhookActionsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode answer(String input) {
        return WebhookActions.answer(JSON.readTree(input));
    }

    @Test
    void defaults_are200NoHeadersAndANullBody() {
        JsonNode out = answer("{}");
        assertThat(out.path("status").asInt()).isEqualTo(200);
        assertThat(out.path("headers").isEmpty()).isTrue();
        assertThat(out.path("body").isNull()).isTrue();
    }

    @Test
    void statusHeadersAndBody_comeBackAsGiven() {
        JsonNode out = answer("{\"status\": 201, \"headers\": {\"Location\": \"/x/1\", \"X-Count\": 3}, \"body\": {\"id\": 1}}");
        assertThat(out.path("status").asInt()).isEqualTo(201);
        assertThat(out.path("headers").path("Location").asString()).isEqualTo("/x/1");
        assertThat(out.path("headers").path("X-Count").asString()).isEqualTo("3");
        assertThat(out.path("body").path("id").asInt()).isEqualTo(1);
    }

    @Test
    void badStatusesAndHeaders_areRefusedWithWhatToFix() {
        assertThatThrownBy(() -> answer("{\"status\": 99}")).isInstanceOf(ActionException.class).hasMessageContaining("200 to 599");
        assertThatThrownBy(() -> answer("{\"status\": \"ok\"}")).isInstanceOf(ActionException.class).hasMessageContaining("200 to 599");
        assertThatThrownBy(() -> answer("{\"status\": 302.5}")).isInstanceOf(ActionException.class);
        assertThatThrownBy(() -> answer("{\"headers\": {\"Content-Length\": \"5\"}}")).hasMessageContaining("set by the server");
        assertThatThrownBy(() -> answer("{\"headers\": {\"set-cookie\": \"a=b\"}}")).hasMessageContaining("set by the server");
        assertThatThrownBy(() -> answer("{\"headers\": {\"X-Evil\": \"a\\r\\nSet-Cookie: b=c\"}}")).hasMessageContaining("one line");
        assertThatThrownBy(() -> answer("{\"headers\": {\"bad name\": \"v\"}}")).hasMessageContaining("not a valid header name");
        assertThatThrownBy(() -> answer("{\"headers\": \"Location: x\"}")).hasMessageContaining("headers must be an object");
    }
}
