package dev.switchboard.prompts.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PromptTemplateTest {

    private final PromptTemplate template = new PromptTemplate("t.txt",
            "Build {{description}} with \"{{ steps.pdf.file }}\" and {{catalog}}.");

    @Test
    void render_fillsEveryVariable_andLeavesFlowTemplatesWithSpacesAlone() {
        assertThat(template.render(Map.of("description", "a flow", "catalog", "apps")))
                .isEqualTo("Build a flow with \"{{ steps.pdf.file }}\" and apps.");
    }

    @Test
    void render_missingVariable_isAnErrorNamingIt() {
        assertThatThrownBy(() -> template.render(Map.of("description", "a flow")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("t.txt").hasMessageContaining("[catalog]");
    }

    @Test
    void render_valueForAnUnknownVariable_isAnError() {
        assertThatThrownBy(() -> template.render(Map.of("description", "a", "catalog", "b", "catalogue", "c")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[catalogue]");
    }

    @Test
    void render_doesNotExpandVariablesInsideValues() {
        assertThat(template.render(Map.of("description", "{{catalog}} $1 \\", "catalog", "apps")))
                .startsWith("Build {{catalog}} $1 \\ with");
    }

    @Test
    void load_missingResource_saysWhichOne() {
        assertThatThrownBy(() -> PromptTemplate.load("nope.txt")).hasMessageContaining("prompts/nope.txt");
    }

    @Test
    void shippedTemplates_declareTheVariablesTheBuilderFills() {
        assertThat(PromptTemplate.load("build-system.txt").variables()).containsExactly("format", "examples", "catalog");
        assertThat(PromptTemplate.load("build-user.txt").variables()).containsExactlyInAnyOrder("description", "language", "app_hints");
        assertThat(PromptTemplate.load("repair-user.txt").variables()).containsExactly("description", "flow", "problems");
        assertThat(PromptTemplate.load("flow-format.txt").variables()).isEmpty();
        assertThat(PromptTemplate.load("build-examples.txt").variables()).isEmpty();
    }
}
