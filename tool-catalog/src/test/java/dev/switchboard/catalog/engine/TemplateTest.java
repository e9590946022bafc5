package dev.switchboard.catalog.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TemplateTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final JsonNode context = JSON.readTree("""
            {"input": {"name": "Ann", "size": 3, "tags": ["a", "b"], "odd.key": "x"},
             "responses": {"r0": {"body": {"id": "42"}}}}""");

    @Test
    void wholePlaceholder_keepsTheType() {
        assertThat(Template.render(JSON.readTree("\"{{input.size}}\""), context).isInt()).isTrue();
        assertThat(Template.render(JSON.readTree("\"{{ input.tags }}\""), context).isArray()).isTrue();
    }

    @Test
    void mixedText_becomesText() {
        assertThat(Template.render(JSON.readTree("\"Hello {{input.name}} #{{responses.r0.body.id}}\""), context).asString())
                .isEqualTo("Hello Ann #42");
    }

    @Test
    void missingValues_areLeftOut() {
        JsonNode rendered = Template.render(JSON.readTree("""
                {"a": "{{input.name}}", "b": "{{input.nope}}", "c": ["{{input.nope}}", "{{input.size}}"],
                 "d": "x-{{input.nope}}"}"""), context);
        assertThat(rendered.toString()).isEqualTo("{\"a\":\"Ann\",\"c\":[3]}");
    }

    @Test
    void parentsOfOnlyMissingValues_areLeftOutToo() {
        JsonNode rendered = Template.render(JSON.readTree("""
                {"fields": {"summary": "{{input.name}}", "priority": {"name": "{{input.nope}}"}, "labels": ["{{input.nope}}"]},
                 "empty": {}}"""), context);
        assertThat(rendered.toString()).isEqualTo("{\"fields\":{\"summary\":\"Ann\"},\"empty\":{}}");
    }

    @Test
    void quotedAndIndexedPaths() {
        assertThat(JsonPaths.read(context, "input[\"odd.key\"]").asString()).isEqualTo("x");
        assertThat(JsonPaths.read(context, "input.tags[1]").asString()).isEqualTo("b");
        assertThat(JsonPaths.read(context, "input.tags[9]").isMissingNode()).isTrue();
    }

    @Test
    void jsonataPlaceholder_mayBuildObjects() {
        JsonNode built = Template.renderText("{{= {'fields': {'site': {'value': input.name}}} }}", context);
        assertThat(built.toString()).isEqualTo("{\"fields\":{\"site\":{\"value\":\"Ann\"}}}");
        assertThat(Template.renderText("a {{= '}}' }} b {{input.size}}", context).asString()).isEqualTo("a }} b 3");
    }

    @Test
    void jsonataPlaceholder_forComputedValues() {
        assertThat(Template.renderText("{{= $base64url('To: a@b.c') }}", context).asString()).isEqualTo("VG86IGFAYi5j");
        assertThat(Template.renderText("{{= $uppercase(input.name) }}", context).asString()).isEqualTo("ANN");
    }
}
