package dev.switchboard.runtime.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.runtime.TestCatalog;
import dev.switchboard.runtime.flow.Flows;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class FlowValidatorTest {

    private final FlowValidator validator = new FlowValidator(TestCatalog.catalog(), TestCatalog.CONNECTIONS);

    @ParameterizedTest
    @ValueSource(strings = {"kizeo_pdf_to_drive", "control_steps", "schedule"})
    void validFlows_haveNoProblem(String name) {
        JsonNode flow = Flows.JSON.readTree(TestCatalog.resource("/flows/valid/" + name + ".json"));
        assertThat(validator.validate(flow)).isEmpty();
    }

    /** Each invalid file lists, under x-expect, exactly the problems it must give: no more, no fewer. */
    @ParameterizedTest
    @ValueSource(strings = {"unknown_names", "unknown_trigger", "inputs_and_types", "references", "structure", "header", "trigger_connection"})
    void invalidFlows_reportEveryProblemAtOnce_withPointerCodeAndSuggestion(String name) {
        JsonNode flow = Flows.JSON.readTree(TestCatalog.resource("/flows/invalid/" + name + ".json"));
        List<Problem> problems = validator.validate(flow);

        List<String> expected = new ArrayList<>();
        for (JsonNode e : flow.get("x-expect")) {
            expected.add(e.get("pointer").asString() + " " + e.get("code").asString());
        }
        assertThat(problems).extracting(p -> p.pointer() + " " + p.code()).containsExactlyInAnyOrderElementsOf(expected);
        for (JsonNode e : flow.get("x-expect")) {
            if (e.has("suggestion")) {
                Problem p = problems.stream().filter(x -> x.pointer().equals(e.get("pointer").asString())
                        && x.code().equals(e.get("code").asString())).findFirst().orElseThrow();
                assertThat(p.suggestions()).as(p.toString()).contains(e.get("suggestion").asString());
            }
        }
        assertThat(problems).allSatisfy(p -> assertThat(p.message()).isNotBlank());
    }
}
