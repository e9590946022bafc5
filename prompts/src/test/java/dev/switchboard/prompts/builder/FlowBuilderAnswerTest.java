package dev.switchboard.prompts.builder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.catalog.connector.Catalog;
import dev.switchboard.prompts.grounding.BuildPrompts;
import dev.switchboard.prompts.llm.ReplyParser;
import dev.switchboard.runtime.validate.FlowValidator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

class FlowBuilderAnswerTest {

    private final FlowBuilder builder = new FlowBuilder(new FlowValidator(Catalog.bundled(), Map.of("kizeo", "kizeo_forms")));

    /** The Kizeo example uses {@code <ask:form_id>} in the trigger and in a step. */
    private BuildResult kizeoDraft() {
        String example = BuildPrompts.examples().split("\n\nDescription: ")[0];
        Draft draft = ReplyParser.parse(example, "en");
        return new BuildResult(draft.flow(), draft.questions(), draft.explanation(), "test", true, List.of(), 0, List.of());
    }

    @Test
    void answer_fillsEveryUseOfTheName_andClosesItsQuestion() {
        BuildResult answered = builder.answer(kizeoDraft(), Map.of("form_id", JsonNodeFactory.instance.stringNode("923838")));
        assertThat(answered.flow().at("/trigger/params/form_id").asString()).isEqualTo("923838");
        assertThat(answered.flow().at("/steps/0/input/form_id").asString()).isEqualTo("923838");
        assertThat(answered.questions()).extracting(Question::name).doesNotContain("form_id").contains("folder_id");
        assertThat(PlaceholderScan.pointers(answered.flow())).doesNotContainValue("form_id");
    }

    @Test
    void answeringAConnectionTheOwnerHas_keepsTheDraftValid_andUnknownNamesAreIgnored() {
        BuildResult answered = builder.answer(kizeoDraft(), Map.of(
                "kizeo_connection", JsonNodeFactory.instance.stringNode("kizeo"),
                "nonsense", JsonNodeFactory.instance.stringNode("x")));
        assertThat(answered.valid()).isTrue();
        assertThat(answered.flow().at("/steps/0/connection").asString()).isEqualTo("kizeo");
        assertThat(answered.flow().toString()).doesNotContain("nonsense");
    }

    @Test
    void answeringAConnectionTheOwnerLacks_isAProblemOnceItIsNoLongerAPlaceholder() {
        BuildResult answered = builder.answer(kizeoDraft(), Map.of("drive_connection", JsonNodeFactory.instance.stringNode("drive")));
        assertThat(answered.valid()).isFalse();
        assertThat(answered.problems()).extracting(p -> p.pointer() + " " + p.code()).contains("/steps/1/connection unknown_connection");
    }
}
