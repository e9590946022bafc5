package dev.switchboard.catalog.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class HeaderJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void asciiJson_escapesEveryCharacterFrom0x7fUp_andReadsBackToTheSameValue() {
        JsonNode value = JSON.readTree("{\"path\": \"/Café/日本/😀\u007f.txt\", \"n\": 1}");

        String header = RequestFactory.asciiJson(value);

        assertThat(header).isEqualTo("{\"path\":\"/Caf\\u00e9/\\u65e5\\u672c/\\ud83d\\ude00\\u007f.txt\",\"n\":1}");
        assertThat(header.chars()).allMatch(c -> c >= 0x20 && c < 0x7F);
        assertThat(JSON.readTree(header)).isEqualTo(value);
    }
}
