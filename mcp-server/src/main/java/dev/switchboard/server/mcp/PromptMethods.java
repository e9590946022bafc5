package dev.switchboard.server.mcp;

import dev.switchboard.catalog.search.Suggestions;
import dev.switchboard.server.auth.Caller;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code prompts/list}, {@code prompts/get} and {@code completion/complete} (for prompt arguments
 * and for the variables of resource templates, each provider answering for its own).
 */
final class PromptMethods {

    private static final int MAX_COMPLETIONS = 100;

    private final Extensions extensions;
    private final McpJsonMapper json;
    private final int pageSize;

    PromptMethods(Extensions extensions, McpJsonMapper json, int pageSize) {
        this.extensions = extensions;
        this.json = json;
        this.pageSize = pageSize;
    }

    McpSchema.ListPromptsResult list(Caller caller, Object params) {
        String cursor = params == null ? null : json.convertValue(params, McpSchema.PaginatedRequest.class).cursor();
        Page<McpSchema.Prompt> page = Page.of(all(caller), cursor, pageSize);
        return McpSchema.ListPromptsResult.builder(page.items()).nextCursor(page.nextCursor()).build();
    }

    McpSchema.GetPromptResult get(Caller caller, Object params) {
        McpSchema.GetPromptRequest request;
        try {
            request = json.convertValue(params == null ? Map.of() : params, McpSchema.GetPromptRequest.class);
        } catch (RuntimeException e) {
            throw McpProtocol.invalidParams("prompts/get needs {\"name\": string, \"arguments\": object of strings}");
        }
        if (request.name() == null) {
            throw McpProtocol.invalidParams("prompts/get needs \"name\": a prompt from prompts/list");
        }
        Optional<McpSchema.Prompt> prompt = all(caller).stream().filter(p -> p.name().equals(request.name())).findFirst();
        if (prompt.isEmpty()) {
            List<String> close = Suggestions.closest(request.name(), all(caller).stream().map(McpSchema.Prompt::name).toList(), 3);
            throw McpProtocol.invalidParams("Unknown prompt '" + request.name() + "'"
                    + (close.isEmpty() ? "" : "; did you mean: " + String.join(", ", close) + "?"));
        }
        Map<String, Object> arguments = request.arguments() == null ? Map.of() : request.arguments();
        List<String> missing = missingArguments(prompt.get(), arguments);
        if (!missing.isEmpty()) {
            throw McpProtocol.invalidParams("prompt '" + request.name() + "' needs the arguments: " + String.join(", ", missing));
        }
        for (PromptProvider provider : extensions.promptProviders()) {
            Optional<McpSchema.GetPromptResult> result = provider.get(caller, request.name(), arguments);
            if (result.isPresent()) {
                return result.get();
            }
        }
        throw McpProtocol.invalidParams("Unknown prompt '" + request.name() + "'");
    }

    @SuppressWarnings("unchecked")
    McpSchema.CompleteResult complete(Caller caller, Object params) {
        Map<String, Object> request = params instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
        Map<String, Object> ref = request.get("ref") instanceof Map<?, ?> r ? (Map<String, Object>) r : Map.of();
        Map<String, Object> argument = request.get("argument") instanceof Map<?, ?> a ? (Map<String, Object>) a : Map.of();
        Object argumentName = argument.get("name");
        if (!(argumentName instanceof String name)) {
            throw McpProtocol.invalidParams("completion/complete needs \"argument\": {\"name\": string, \"value\": string}");
        }
        String prefix = argument.get("value") instanceof String value ? value : "";
        List<String> values = new ArrayList<>();
        if ("ref/prompt".equals(ref.get("type")) && ref.get("name") instanceof String prompt) {
            for (PromptProvider provider : extensions.promptProviders()) {
                values.addAll(provider.complete(caller, prompt, name, prefix));
            }
        } else if ("ref/resource".equals(ref.get("type")) && ref.get("uri") instanceof String template) {
            for (ResourceProvider provider : extensions.resourceProviders()) {
                values.addAll(provider.complete(caller, template, name, prefix));
            }
        } else {
            throw McpProtocol.invalidParams("completion/complete needs \"ref\": {\"type\": \"ref/prompt\", \"name\": …} "
                    + "or {\"type\": \"ref/resource\", \"uri\": …}");
        }
        List<String> limited = values.size() > MAX_COMPLETIONS ? values.subList(0, MAX_COMPLETIONS) : values;
        return new McpSchema.CompleteResult(new McpSchema.CompleteResult.CompleteCompletion(
                List.copyOf(limited), values.size(), values.size() > MAX_COMPLETIONS));
    }

    private List<McpSchema.Prompt> all(Caller caller) {
        List<McpSchema.Prompt> all = new ArrayList<>();
        for (PromptProvider provider : extensions.promptProviders()) {
            all.addAll(provider.prompts(caller));
        }
        return all;
    }

    private static List<String> missingArguments(McpSchema.Prompt prompt, Map<String, Object> arguments) {
        if (prompt.arguments() == null) {
            return List.of();
        }
        return prompt.arguments().stream()
                .filter(a -> Boolean.TRUE.equals(a.required()) && !arguments.containsKey(a.name()))
                .map(McpSchema.PromptArgument::name)
                .toList();
    }
}
