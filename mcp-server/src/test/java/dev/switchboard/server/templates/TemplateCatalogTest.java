package dev.switchboard.server.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.catalog.connector.Catalog;
import dev.switchboard.runtime.validate.FlowValidator;
import dev.switchboard.runtime.validate.Problem;
import dev.switchboard.server.flows.FlowApps;
import dev.switchboard.server.mcp.ToolException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every shipped template is well formed and, filled with its example parameters, is a valid flow of the real catalog. */
class TemplateCatalogTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    final TemplateCatalog templates = TemplateCatalog.load();

    /** The first example of every parameter. */
    static Map<String, Object> examples(Template template) {
        Map<String, Object> values = new HashMap<>();
        template.parameters().path("properties").properties()
                .forEach(e -> values.put(e.getKey(), JSON.convertValue(e.getValue().path("examples").get(0), Object.class)));
        return values;
    }

    @Test
    void everyTemplate_filledWithItsExamples_passesTheFlowValidator_withItsConnectionsAsPlaceholders() {
        Catalog catalog = Catalog.bundled();
        assertThat(templates.all()).hasSizeGreaterThanOrEqualTo(10);
        for (Template template : templates.all()) {
            JsonNode flow = templates.instantiate(template, examples(template));
            // The connections are the user's to create: the runtime's rule is that a named connection of the right app exists.
            Map<String, String> connections = new HashMap<>();
            FlowApps.connections(flow).forEach(c -> connections.put(c.name(), c.app()));
            List<Problem> problems = new FlowValidator(catalog, connections).validate(flow);
            assertThat(problems).as(template.id()).isEmpty();
            assertThat(flow.toString()).as(template.id()).doesNotContain("param.");
            assertThat(FlowApps.apps(flow)).as(template.id()).containsExactlyInAnyOrderElementsOf(template.apps());
            assertThat(template.apps()).as(template.id()).doesNotContain("ogust");
        }
    }

    @Test
    void everyTemplate_describesEachParameter_andUsesExactlyTheParametersItDeclares() {
        Set<String> ids = new HashSet<>();
        for (Template template : templates.all()) {
            assertThat(ids.add(template.id())).as("unique id " + template.id()).isTrue();
            assertThat(template.id()).matches("[a-z0-9-]+");
            assertThat(template.title()).isNotBlank();
            assertThat(template.description()).isNotBlank();
            assertThat(template.titleFr()).as(template.id()).isNotBlank();
            JsonNode properties = template.parameters().path("properties");
            assertThat(template.parameters().path("type").asString()).isEqualTo("object");
            Set<String> declared = new HashSet<>(properties.propertyNames());
            for (String name : declared) {
                assertThat(properties.get(name).path("description").isString()).as(template.id() + " " + name).isTrue();
                assertThat(properties.get(name).path("examples").isArray()).as(template.id() + " " + name).isTrue();
            }
            Set<String> used = new HashSet<>();
            Matcher slots = TemplateCatalog.SLOT.matcher(template.flow().toString());
            while (slots.find()) {
                used.add(slots.group(1));
            }
            assertThat(used).as(template.id()).isEqualTo(declared);
        }
    }

    @Test
    void instantiate_keepsTypesOfWholeSlots_fillsDefaults_andNamesMissingOrInvalidParameters() {
        Template drive = templates.find("kizeo-pdf-to-google-drive").orElseThrow();
        assertThatThrownBy(() -> templates.instantiate(drive, Map.of("form_id", "923838")))
                .isInstanceOf(ToolException.class).hasMessageContaining("drive_folder_id, name_field");
        assertThatThrownBy(() -> templates.instantiate(drive, Map.of("form_id", "1", "drive_folder_id", "x", "name_field", "Bad Field")))
                .isInstanceOf(ToolException.class).hasMessageContaining("name_field");
        assertThatThrownBy(() -> templates.instantiate(drive, Map.of("form_id", "{{ $now() }}", "drive_folder_id", "x", "name_field", "site")))
                .isInstanceOf(ToolException.class).hasMessageContaining("form_id: must not contain {{ or }}");
        assertThatThrownBy(() -> templates.instantiate(drive, Map.of("form_id", "1", "drive_folder_id", "x", "name_field", "site", "extra", 1)))
                .isInstanceOf(ToolException.class).hasMessageContaining("extra");

        JsonNode flow = templates.instantiate(drive, Map.of("form_id", "923838", "drive_folder_id", "F1", "name_field", "site"));
        assertThat(flow.at("/trigger/params/form_id").asString()).isEqualTo("923838");
        assertThat(flow.at("/steps/0/connection").asString()).isEqualTo("kizeo");
        assertThat(flow.at("/steps/1/input/name").asString()).isEqualTo("{{ trigger.fields.site }} - {{ trigger.data_id }}.pdf");

        Template inventory = templates.find("fixtures-inventory-to-salesforce-with-intervention").orElseThrow();
        Map<String, Object> values = new HashMap<>(examples(inventory));
        values.put("technician_user_id", 77);
        JsonNode filled = templates.instantiate(inventory, values);
        assertThat(filled.at("/steps/1/then/0/input/recipient_user_id").isInt()).isTrue();
        assertThat(filled.at("/steps/1/then/0/input/recipient_user_id").asInt()).isEqualTo(77);
    }

    @Test
    void everyAppTriggeredTemplate_takesTheTriggersConnectionAsAParameter_withADefault_likeItsSteps() {
        Catalog catalog = Catalog.bundled();
        for (Template template : templates.all()) {
            JsonNode trigger = template.flow().path("trigger");
            boolean appTrigger = catalog.connector(trigger.path("app").asString("")).flatMap(c -> c.trigger(trigger.path("event").asString("")))
                    .filter(t -> !"schedule".equals(trigger.path("app").asString()) && !"webhook".equals(trigger.path("app").asString()))
                    .isPresent();
            if (!appTrigger) {
                continue;
            }
            Matcher slot = TemplateCatalog.SLOT.matcher(trigger.path("connection").asString(""));
            assertThat(slot.matches()).as(template.id() + ": trigger.connection is a parameter").isTrue();
            JsonNode parameter = template.parameters().path("properties").path(slot.group(1));
            assertThat(parameter.path("default").isString()).as(template.id() + " " + slot.group(1) + " has a default").isTrue();

            JsonNode flow = templates.instantiate(template, examples(template));
            assertThat(flow.at("/trigger/connection").asString()).as(template.id()).isEqualTo(parameter.path("examples").get(0).asString());
            Map<String, Object> renamed = new HashMap<>(examples(template));
            renamed.put(slot.group(1), "kizeo-prod");
            assertThat(templates.instantiate(template, renamed).at("/trigger/connection").asString()).isEqualTo("kizeo-prod");
        }
        Template drive = templates.find("kizeo-pdf-to-google-drive").orElseThrow();
        JsonNode defaults = templates.instantiate(drive, Map.of("form_id", "923838", "drive_folder_id", "F1", "name_field", "site"));
        assertThat(defaults.at("/trigger/connection").asString()).isEqualTo("kizeo").isEqualTo(defaults.at("/steps/0/connection").asString());
    }

    @Test
    void search_findsByAppAndByEnglishOrFrenchWords() {
        assertThat(templates.search("slack", null)).extracting(Template::id)
                .containsExactlyInAnyOrder("weekly-timesheet-to-sheets-and-slack", "kizeo-pdf-to-dropbox-and-slack");
        assertThat(templates.search(null, "LEAVE")).extracting(Template::id).containsExactly("leave-request-to-hr-manager-and-calendar");
        assertThat(templates.search(null, "conges")).extracting(Template::id).containsExactly("leave-request-to-hr-manager-and-calendar");
        assertThat(templates.search("jira", "inventaire")).extracting(Template::id).containsExactly("fixtures-inventory-to-zoho-crm-with-ticket");
        assertThat(templates.search("no_such_app", null)).isEmpty();
    }
}
