package dev.switchboard.runtime.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.runtime.TestCatalog;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class FlowsTest {

    @Test
    void readThenWrite_keepsEveryFieldIncludingUnknownOnes() {
        String text = TestCatalog.resource("/flows/valid/control_steps.json");
        JsonNode original = Flows.JSON.readTree(text.replace("\"name\": \"Every control step\",",
                "\"name\": \"Every control step\", \"x-owner-note\": {\"a\": [1]},")
                .replace("{\"id\": \"wait\", \"delay\": \"PT1H\"}", "{\"id\": \"wait\", \"delay\": \"PT1H\", \"description\": \"cool down\"}"));

        FlowDefinition flow = Flows.read(original);

        assertThat(flow.extra()).containsKey("x-owner-note");
        assertThat(flow.steps().get(1)).isInstanceOf(Step.Delay.class);
        assertThat(flow.steps().get(1).extra()).containsKey("description");
        assertThat(Flows.write(flow)).isEqualTo(original);
    }

    @Test
    void read_givesTypedSteps() {
        FlowDefinition flow = Flows.read(TestCatalog.resource("/flows/valid/control_steps.json"));

        Step.If check = (Step.If) flow.steps().get(0);
        Step.ForEach each = (Step.ForEach) check.then().get(0);
        Step.Action post = (Step.Action) each.body().get(0);
        assertThat(post.app()).isEqualTo("stubapp");
        assertThat(post.actionId()).isEqualTo("call");
        assertThat(post.policy().retryMax()).isEqualTo(2);
        assertThat(post.policy().continueOnError()).isTrue();
        assertThat(check.otherwise().get(0)).isInstanceOf(Step.Stop.class);
        assertThat(((Step.Approval) flow.steps().get(2)).message()).contains("lines?");
        assertThat(flow.trigger().app()).isEqualTo("manual");
    }

    @Test
    void read_aStepWithoutKind_namesItsPointer() {
        assertThatThrownBy(() -> Flows.read("{\"steps\": [{\"id\": \"a\", \"acton\": \"x.y\"}]}"))
                .hasMessageContaining("/steps/0");
    }
}
