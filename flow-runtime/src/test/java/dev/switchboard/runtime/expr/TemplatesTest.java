package dev.switchboard.runtime.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.runtime.flow.Flows;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TemplatesTest {

    private final Templates templates = new Templates(10_000);
    private final JsonNode context = Flows.JSON.readTree("""
            {"trigger": {"id": "42", "fields": {"site": "Lyon"}},
             "steps": {"pdf": {"file": {"file_id": "f", "name": "a.pdf", "mime": "application/pdf", "size": 3}}},
             "loop": {"item": {"n": 2}, "index": 1}}""");

    @Test
    void wholeTemplate_keepsTheValueType() {
        JsonNode out = templates.resolve(Flows.JSON.readTree("{\"file\": \"{{ steps.pdf.file }}\", \"n\": \"{{ loop.item.n * 2 }}\"}"),
                context, "up", "/steps/1/input");

        assertThat(out.get("file").get("file_id").asString()).isEqualTo("f");
        assertThat(out.get("n").isNumber()).isTrue();
        assertThat(out.get("n").asInt()).isEqualTo(4);
    }

    @Test
    void templateInsideText_isInterpolated() {
        JsonNode out = templates.resolve(Flows.JSON.readTree("\"{{ trigger.fields.site }}-{{ loop.index }}.pdf\""), context, "up", "/x");
        assertThat(out.asString()).isEqualTo("Lyon-1.pdf");
    }

    @Test
    void nothingFound_givesNullForWholeTemplates_andEmptyTextInside() {
        assertThat(templates.resolve(Flows.JSON.readTree("\"{{ trigger.nope }}\""), context, "a", "/x").isNull()).isTrue();
        assertThat(templates.resolve(Flows.JSON.readTree("\"a{{ trigger.nope }}b\""), context, "a", "/x").asString()).isEqualTo("ab");
    }

    @Test
    void failingExpression_namesStepPointerAndExpression() {
        assertThatThrownBy(() -> templates.resolve(Flows.JSON.readTree("{\"x\": \"{{ $number('abc') }}\"}"), context, "calc", "/steps/0/input"))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("step 'calc'").hasMessageContaining("/steps/0/input/x").hasMessageContaining("$number('abc')");
    }

    @Test
    void hugeResult_isRefused() {
        Templates small = new Templates(100);
        assertThatThrownBy(() -> small.resolve(Flows.JSON.readTree("\"{{ $join([1..200].$string(), ',') }}\""), context, "big", "/p"))
                .isInstanceOf(TemplateException.class).hasMessageContaining("more than 100 bytes");
    }

    @Test
    void references_findRootsButNotRelativeNamesOrStrings() {
        assertThat(References.of("steps.pdf.file.name & trigger.id & 'steps.fake' & $x.y"))
                .containsExactly(new References.Reference("steps", "pdf"), new References.Reference("trigger", "id"));
        assertThat(References.of("inputs.lines[price > 3].(name & qty)"))
                .containsExactly(new References.Reference("inputs", "lines"));
        assertThat(References.of("{'a': steps.a.id, 'b': [loop.item]}"))
                .containsExactly(new References.Reference("steps", "a"), new References.Reference("loop", "item"));
    }
}
