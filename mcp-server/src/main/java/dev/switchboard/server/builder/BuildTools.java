package dev.switchboard.server.builder;

import dev.switchboard.catalog.connection.ConnectionSource;
import dev.switchboard.catalog.connector.Catalog;
import dev.switchboard.prompts.builder.BuildRequest;
import dev.switchboard.prompts.builder.BuildResult;
import dev.switchboard.prompts.builder.Engine;
import dev.switchboard.prompts.builder.EngineException;
import dev.switchboard.prompts.builder.FlowBuilder;
import dev.switchboard.prompts.builder.PlaceholderScan;
import dev.switchboard.prompts.builder.Question;
import dev.switchboard.prompts.grounding.BuildPrompts;
import dev.switchboard.prompts.llm.LlmEngine;
import dev.switchboard.runtime.validate.FlowValidator;
import dev.switchboard.server.auth.Caller;
import dev.switchboard.server.catalog.ToolResults;
import dev.switchboard.server.flows.FlowJson;
import dev.switchboard.server.flows.FlowLibrary;
import dev.switchboard.server.flows.StoredFlow;
import dev.switchboard.server.mcp.ServedTool;
import dev.switchboard.server.mcp.ToolCall;
import dev.switchboard.server.mcp.ToolException;
import dev.switchboard.server.mcp.ToolProvider;
import dev.switchboard.server.mcp.ToolSchemas;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The IA builder over MCP: {@code build_flow} turns a description into a draft flow saved in the
 * caller's library (never published), and {@code answer_build_questions} puts the user's answers
 * into a draft's placeholders. Engines are tried in order: the configured LLM, then the calling
 * client's model when it offers sampling, then the fallback (the offline planner).
 *
 * <pre>{@code
 * extensions.addTools(new BuildTools(flows, catalog, connections, prompts, llm,
 *         mine -> Optional.of(new OfflinePlanner(catalog, mine))));
 * }</pre>
 */
public final class BuildTools implements ToolProvider {

    static final String NO_ENGINE = "No engine can build a flow here: configure an LLM on the server "
            + "(SWITCHBOARD_LLM_PROVIDER, see the README) or call build_flow from a client that offers sampling.";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final FlowLibrary library;
    private final Catalog catalog;
    private final ConnectionSource connections;
    private final Optional<Engine> configured;
    private final Function<Map<String, String>, Optional<Engine>> fallback;
    private final BuildPrompts prompts;
    private final List<ServedTool> tools;

    /**
     * @param configured the LLM configured on the server, if any
     * @param fallback the engine of last resort (the offline planner) for the caller's connections
     *     (name to app), if any
     */
    public BuildTools(FlowLibrary library, Catalog catalog, ConnectionSource connections, BuildPrompts prompts,
            Optional<Engine> configured, Function<Map<String, String>, Optional<Engine>> fallback) {
        this.library = library;
        this.catalog = catalog;
        this.connections = connections;
        this.configured = configured;
        this.fallback = fallback;
        this.prompts = prompts;
        McpSchema.ToolAnnotations writes = new McpSchema.ToolAnnotations(null, false, false, false, true, null);
        Map<String, Object> build = new LinkedHashMap<>();
        build.put("description", text("What the flow should do, in plain English or French, e.g. \"When a Kizeo form "
                + "is finished, upload its PDF to Google Drive\"."));
        build.put("language", Map.of("type", "string", "enum", List.of("en", "fr"),
                "description", "Language of the description and of the questions; detected when left out."));
        build.put("apps", Map.of("type", "array", "items", Map.of("type", "string"),
                "description", "App ids the flow should use (list_apps gives them), to help the builder choose."));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("draft_id", text("The draft_id build_flow returned."));
        answer.put("answers", Map.of("type", "object", "description", "One value per question name, e.g. "
                + "{\"form_id\": \"923838\", \"drive_connection\": \"drive\"}."));
        this.tools = List.of(
                new ServedTool(McpSchema.Tool.builder("build_flow", ToolSchemas.object(build, List.of("description")))
                        .title("Build flow").description("Turns a plain-language description into a flow definition "
                                + "checked by the validator, saved as a draft (never published). Returns draft_id, the "
                                + "flow, the questions still open (each value the builder will not invent, left as "
                                + "\"<ask:NAME>\"), an explanation and the engine that answered. Answer the questions "
                                + "with answer_build_questions, then publish_flow.")
                        .annotations(writes).build(), this::build),
                new ServedTool(McpSchema.Tool.builder("answer_build_questions",
                                ToolSchemas.object(answer, List.of("draft_id", "answers")))
                        .title("Answer build questions").description("Puts answers into the placeholders of a draft "
                                + "made by build_flow and validates it again; returns the questions still open.")
                        .annotations(writes).build(), this::answer));
    }

    @Override
    public List<ServedTool> tools(Caller caller) {
        return tools;
    }

    private McpSchema.CallToolResult build(ToolCall call) {
        BuildRequest request = request(call.arguments());
        List<Engine> engines = new ArrayList<>();
        configured.ifPresent(engines::add);
        if (call.client().canSample()) {
            engines.add(new LlmEngine(new SamplingBackend(call.client()), prompts));
        }
        Map<String, String> mine = connectionsOf(call.caller());
        fallback.apply(mine).ifPresent(engines::add);
        if (engines.isEmpty()) {
            throw new ToolException(NO_ENGINE);
        }
        FlowBuilder builder = new FlowBuilder(new FlowValidator(catalog, mine));
        BuildResult result;
        try {
            result = builder.build(request, engines);
        } catch (EngineException e) {
            throw new ToolException("The flow could not be built: " + e.getMessage());
        }
        Map<String, JsonNode> answers = QuestionForm.ask(call.client(), result.questions(), request.language());
        if (!answers.isEmpty()) {
            result = builder.answer(result, answers);
        }
        FlowLibrary.Saved saved = library.create(call.caller(), result.flow(), null);
        ObjectNode out = output(saved.flow().id(), result, saved);
        out.put("explanation", result.explanation()).put("engine", result.engine()).put("repair_rounds", result.repairRounds());
        result.notes().forEach(out.putArray("notes")::add);
        return ToolResults.success(out);
    }

    private McpSchema.CallToolResult answer(ToolCall call) {
        StoredFlow flow = library.get(call.caller(), (String) call.arguments().get("draft_id"));
        if (!(flow.draft() instanceof ObjectNode draft)) {
            throw new ToolException("This flow's draft is not a JSON object; replace it with update_flow first.");
        }
        if (!(call.arguments().get("answers") instanceof Map<?, ?> given) || given.isEmpty()) {
            throw new ToolException("Give answers as an object of question name to value, e.g. {\"form_id\": \"923838\"}.");
        }
        Set<String> open = new LinkedHashSet<>(PlaceholderScan.pointers(draft).values());
        Map<String, JsonNode> answers = new HashMap<>();
        given.forEach((name, value) -> answers.put(String.valueOf(name), JSON.valueToTree(value)));
        List<String> unknown = answers.keySet().stream().filter(n -> !open.contains(n)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new ToolException("This draft has no open question " + unknown + "; its open questions are "
                    + (open.isEmpty() ? "none" : open) + ". Nothing was changed.");
        }
        List<Question> questions = new ArrayList<>();
        Map<String, String> first = new LinkedHashMap<>();
        PlaceholderScan.pointers(draft).forEach((pointer, name) -> first.putIfAbsent(name, pointer));
        first.forEach((name, pointer) -> questions.add(new Question(name, pointer, "What should " + name.replace('_', ' ')
                + " be?", List.of())));
        FlowBuilder builder = builder(call.caller());
        BuildResult stored = new BuildResult(draft, questions, "", "", false, List.of(), 0, List.of());
        BuildResult answered = builder.answer(stored, answers);
        FlowLibrary.Saved saved = library.update(call.caller(), flow.id(), answered.flow());
        return ToolResults.success(output(flow.id(), answered, saved));
    }

    private static ObjectNode output(String id, BuildResult result, FlowLibrary.Saved saved) {
        ObjectNode out = JSON.createObjectNode().put("draft_id", id).put("slug", saved.flow().slug());
        out.set("flow", result.flow());
        ArrayNode questions = out.putArray("questions");
        for (Question q : result.questions()) {
            ObjectNode node = questions.addObject().put("name", q.name()).put("pointer", q.pointer()).put("question", q.question());
            if (!q.choices().isEmpty()) {
                q.choices().forEach(node.putArray("choices")::add);
            }
        }
        out.put("valid", result.valid()).put("ready_to_publish", saved.problems().isEmpty());
        out.set("problems", FlowJson.problems(result.problems()));
        return out;
    }

    /** Validates against the caller's own connections, so that a named connection they have is accepted. */
    private FlowBuilder builder(Caller caller) {
        return new FlowBuilder(new FlowValidator(catalog, connectionsOf(caller)));
    }

    /** The caller's connection names, each with its app. */
    private Map<String, String> connectionsOf(Caller caller) {
        Map<String, String> mine = new HashMap<>();
        connections.countsByApp(caller.owner(), catalog.connectors().stream().map(c -> c.app()).toList()).keySet()
                .forEach(app -> connections.connections(caller.owner(), app).forEach(c -> mine.put(c.name(), c.app())));
        return mine;
    }

    private BuildRequest request(Map<String, Object> arguments) {
        Object apps = arguments.get("apps");
        List<String> hints = apps instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
        for (String app : hints) {
            if (catalog.connector(app).isEmpty()) {
                List<String> near = catalog.nearApps(app);
                throw new ToolException("No app '" + app + "' in the catalog" + (near.isEmpty() ? "" : " (did you mean "
                        + String.join(", ", near) + "?)") + "; apps takes app ids, which list_apps gives. Nothing was built.");
            }
        }
        try {
            return new BuildRequest(String.valueOf(arguments.getOrDefault("description", "")),
                    (String) arguments.get("language"), hints);
        } catch (IllegalArgumentException e) {
            throw new ToolException("Describe the flow to build in description (it is empty).");
        }
    }

    private static Map<String, Object> text(String description) {
        return Map.of("type", "string", "description", description);
    }
}
