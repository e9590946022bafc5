package dev.switchboard.server.templates;

import dev.switchboard.server.auth.Caller;
import dev.switchboard.server.catalog.ToolResults;
import dev.switchboard.server.flows.FlowJson;
import dev.switchboard.server.flows.FlowLibrary;
import dev.switchboard.server.mcp.ServedTool;
import dev.switchboard.server.mcp.ToolCall;
import dev.switchboard.server.mcp.ToolException;
import dev.switchboard.server.mcp.ToolProvider;
import dev.switchboard.server.mcp.ToolSchemas;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code list_templates} and {@code create_flow_from_template}: ready flows for the common
 * Kizeo Forms use cases, turned into a draft flow of the caller with their parameters.
 *
 * <pre>{@code
 * extensions.addTools(new TemplateTools(TemplateCatalog.load(), library));
 * }</pre>
 */
public final class TemplateTools implements ToolProvider {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final McpSchema.ToolAnnotations READ_ONLY = new McpSchema.ToolAnnotations(null, true, false, true, false, null);
    private static final McpSchema.ToolAnnotations WRITES = new McpSchema.ToolAnnotations(null, false, false, false, false, null);

    private final TemplateCatalog templates;
    private final FlowLibrary library;
    private final List<ServedTool> tools;

    public TemplateTools(TemplateCatalog templates, FlowLibrary library) {
        this.templates = templates;
        this.library = library;
        this.tools = List.of(
                new ServedTool(McpSchema.Tool.builder("list_templates", ToolSchemas.object(Map.of(
                        "app", text("Only templates that use this app, e.g. slack or kizeo_forms."),
                        "query", text("Only templates whose title or description (English or French) contains this text.")),
                        List.of())).title("List flow templates").description("Ready flows for common cases (Kizeo Forms PDF to "
                        + "Drive, intervention report to a ticket, timesheet to a spreadsheet, leave request…), each with its "
                        + "apps and its parameters as a JSON Schema. create_flow_from_template makes one yours.")
                        .annotations(READ_ONLY).build(), this::list),
                new ServedTool(McpSchema.Tool.builder("create_flow_from_template", ToolSchemas.object(Map.of(
                        "template", text("The template's id (list_templates)."),
                        "parameters", Map.of("type", "object", "description", "The template's parameters, checked against its schema "
                                + "(list_templates); parameters with a default may be left out."),
                        "name", text("Optional name of the new flow; default: the template's."),
                        "folder", text("Optional folder for the new flow.")), List.of("template")))
                        .title("Create flow from template").description("Creates a draft flow of yours from a template and its "
                        + "parameters, with the validator's errors (e.g. a connection you still have to create). Missing or "
                        + "invalid parameters are refused, naming each one; then update_flow and publish_flow as usual.")
                        .annotations(WRITES).build(), this::create));
    }

    @Override
    public List<ServedTool> tools(Caller caller) {
        return tools;
    }

    private static Map<String, Object> text(String description) {
        return Map.of("type", "string", "description", description);
    }

    private McpSchema.CallToolResult list(ToolCall call) {
        ObjectNode out = JSON.createObjectNode();
        out.putArray("templates");
        for (Template t : templates.search((String) call.arguments().get("app"), (String) call.arguments().get("query"))) {
            ObjectNode item = out.withArray("templates").addObject().put("id", t.id()).put("title", t.title())
                    .put("description", t.description());
            if (t.titleFr() != null) {
                item.put("title_fr", t.titleFr());
            }
            if (t.descriptionFr() != null) {
                item.put("description_fr", t.descriptionFr());
            }
            t.apps().forEach(item.putArray("apps")::add);
            item.set("parameters", t.parameters());
        }
        return ToolResults.success(out);
    }

    @SuppressWarnings("unchecked")
    private McpSchema.CallToolResult create(ToolCall call) {
        String id = (String) call.arguments().get("template");
        Template template = templates.find(id).orElseThrow(() -> new ToolException("There is no template '" + id
                + "'; list_templates shows the ids."));
        ObjectNode flow = (ObjectNode) templates.instantiate(template, (Map<String, Object>) call.arguments().get("parameters"));
        String name = (String) call.arguments().get("name");
        if (name != null && !name.isBlank()) {
            flow.put("name", name.strip());
        }
        FlowLibrary.Saved saved = library.create(call.caller(), flow, (String) call.arguments().get("folder"));
        ObjectNode out = FlowJson.summary(saved.flow()).put("template", template.id()).put("valid", saved.problems().isEmpty());
        out.set("errors", FlowJson.problems(saved.problems()));
        JsonNode next = JSON.getNodeFactory().stringNode(saved.problems().isEmpty() ? "publish_flow serves it as a tool."
                : "Fix the errors (create the missing connections, or update_flow), then publish_flow.");
        out.set("next", next);
        return ToolResults.success(out);
    }
}
