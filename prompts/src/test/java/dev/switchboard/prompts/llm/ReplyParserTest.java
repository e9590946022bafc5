package dev.switchboard.prompts.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.prompts.builder.Draft;
import dev.switchboard.prompts.builder.EngineException;
import dev.switchboard.prompts.builder.Question;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplyParserTest {

    static final String REPLY = "{\"flow\": {\"format\": \"switchboard.flow/v1\", \"name\": \"Hi\", "
            + "\"trigger\": {\"app\": \"kizeo_forms\", \"event\": \"data_finished\", \"params\": {\"form_id\": \"<ask:form_id>\"}}, "
            + "\"steps\": [{\"id\": \"pdf\", \"action\": \"kizeo_forms.download_standard_pdf\", "
            + "\"input\": {\"form_id\": \"<ask:form_id>\", \"data_id\": \"{{ trigger.id }}\", \"file_name\": \"<ask:file_name>\"}}]}, "
            + "\"questions\": [{\"name\": \"form_id\", \"question\": \"Which form?\", \"choices\": [\"1\", \"2\"]}], "
            + "\"explanation\": \"Downloads the PDF.\"}";

    @Test
    void plainJson_givesFlowQuestionsAndExplanation() {
        Draft draft = ReplyParser.parse(REPLY, "en");
        assertThat(draft.flow().path("name").asString()).isEqualTo("Hi");
        assertThat(draft.explanation()).isEqualTo("Downloads the PDF.");
        assertThat(draft.questions()).containsExactly(
                new Question("form_id", "/trigger/params/form_id", "Which form?", List.of("1", "2")),
                new Question("file_name", "/steps/0/input/file_name", "What should file name be?", List.of()));
    }

    @Test
    void fencedReply_withProseAroundIt_isRead() {
        Draft draft = ReplyParser.parse("Sure! Here is the flow:\n```json\n" + REPLY + "\n```\nTell me if {it} fits.", "en");
        assertThat(draft.flow().path("name").asString()).isEqualTo("Hi");
    }

    @Test
    void thinkingBeforeTheAnswer_isIgnored() {
        Draft draft = ReplyParser.parse("<think>maybe {\"flow\": {\"steps\": []}} would do</think>\n" + REPLY, "en");
        assertThat(draft.flow().path("name").asString()).isEqualTo("Hi");
    }

    @Test
    void bareFlowDocument_isAccepted_withGenericQuestionsInFrench() {
        Draft draft = ReplyParser.parse("{\"format\": \"switchboard.flow/v1\", \"name\": \"x\", \"steps\": "
                + "[{\"id\": \"a\", \"action\": \"slack.send_message\", \"input\": {\"channel\": \"<ask:channel>\"}}]}", "fr");
        assertThat(draft.questions()).extracting(Question::question).containsExactly("Quelle valeur pour « channel » ?");
        assertThat(draft.explanation()).isEmpty();
    }

    @Test
    void garbage_isAnEngineErrorQuotingTheStartOfTheReply() {
        assertThatThrownBy(() -> ReplyParser.parse("I cannot help with that {sorry", "en"))
                .isInstanceOf(EngineException.class).hasMessageContaining("no JSON object with a flow")
                .hasMessageContaining("I cannot help with that");
        assertThatThrownBy(() -> ReplyParser.parse("{\"answer\": 42}", "en")).isInstanceOf(EngineException.class);
        assertThatThrownBy(() -> ReplyParser.parse("  ", "en")).hasMessageContaining("empty");
    }
}
