package dev.switchboard.server.flows;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Slugs that are always valid tool-name parts, and finding a connection's use anywhere in a flow. */
class FlowLibraryTest {

    @Test
    void slugOf_makesToolSafeSlugsOfAnyName() {
        assertThat(FlowLibrary.slugOf("Relevé de chantier → PDF")).isEqualTo("releve-de-chantier-pdf");
        assertThat(FlowLibrary.slugOf("  ")).isEqualTo("flow");
        assertThat(FlowLibrary.slugOf("Sync_Invoices 2")).isEqualTo("sync_invoices-2");
        String longest = FlowLibrary.slugOf("x".repeat(40) + " " + "y".repeat(40));
        assertThat(longest).matches(FlowLibrary.SLUG).hasSizeLessThanOrEqualTo(58);
        assertThat(("flow__" + longest).length()).isLessThanOrEqualTo(64);
    }

    @Test
    void uses_findsTheConnectionInsideBranchesAndLoops_butNotAnotherAppsConnectionOfTheSameName() {
        JsonNode flow = FlowJson.JSON.readTree("""
                {"steps": [{"id": "a", "if": "{{ true }}", "then": [{"id": "each", "for_each": "{{ [1] }}", "do": [
                    {"id": "b", "action": "http.request", "connection": "api", "input": {}}]}]}]}""");
        assertThat(FlowApps.uses(flow, "http", "api")).isTrue();
        assertThat(FlowApps.uses(flow, "slack", "api")).isFalse();
        assertThat(FlowApps.uses(flow, "http", "other")).isFalse();
    }
}
