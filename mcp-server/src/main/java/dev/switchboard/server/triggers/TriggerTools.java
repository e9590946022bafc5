package dev.switchboard.server.triggers;

import dev.switchboard.server.auth.Caller;
import dev.switchboard.server.catalog.ToolResults;
import dev.switchboard.server.flows.FlowLibrary;
import dev.switchboard.server.flows.FlowVersion;
import dev.switchboard.server.flows.StoredFlow;
import dev.switchboard.server.mcp.ServedTool;
import dev.switchboard.server.mcp.ToolCall;
import dev.switchboard.server.mcp.ToolProvider;
import dev.switchboard.server.mcp.ToolSchemas;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code get_flow_webhook {id, rotate?}}: the caller's flow's webhook URL and secret (made on
 * first use), how to sign a call instead, and whether a call would start a run now.
 *
 * <pre>{@code
 * extensions.addTools(new TriggerTools(library, triggers, app::publicUrl));
 * }</pre>
 */
public final class TriggerTools implements ToolProvider {

    private final FlowLibrary library;
    private final HookSecrets hooks;
    private final Triggers triggers;
    private final Supplier<URI> publicUrl;
    private final List<ServedTool> tools;

    public TriggerTools(FlowLibrary library, Triggers triggers, Supplier<URI> publicUrl) {
        this.library = library;
        this.triggers = triggers;
        this.hooks = triggers.hooks();
        this.publicUrl = publicUrl;
        Map<String, Object> schema = ToolSchemas.object(Map.of(
                "id", Map.of("type", "string", "description", "The flow's id (create_flow and list_flows give it)."),
                "rotate", Map.of("type", "boolean", "description", "true to replace the secret; the old one stops working at once.")),
                List.of("id"));
        this.tools = List.of(new ServedTool(McpSchema.Tool.builder("get_flow_webhook", schema)
                .title("Get flow webhook")
                .description("The URL that starts your flow (trigger webhook.catch_hook, or an app's webhook trigger, which "
                        + "the server registers with the app itself) from any system, with its secret. "
                        + "Callers put the secret in the URL, or sign the raw body: header " + HookSecrets.SIGNATURE_HEADER
                        + ": sha256=<hex HMAC-SHA256(secret, body)>. An Idempotency-Key header makes a repeated call start one run.")
                .annotations(new McpSchema.ToolAnnotations(null, false, false, false, false, null))
                .build(), this::webhook));
    }

    @Override
    public List<ServedTool> tools(Caller caller) {
        return tools;
    }

    private McpSchema.CallToolResult webhook(ToolCall call) {
        StoredFlow flow = library.get(call.caller(), String.valueOf(call.arguments().get("id"))); // the caller's own only
        String secret = Boolean.TRUE.equals(call.arguments().get("rotate")) ? hooks.rotate(flow.id()) : hooks.reveal(flow.id());
        String base = publicUrl.get().toString().replaceFirst("/+$", "") + "/hooks/" + flow.id();
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("url", base);
        out.put("url_with_secret", base + "/" + secret);
        out.put("secret", secret);
        out.put("signature_header", HookSecrets.SIGNATURE_HEADER);
        out.put("signature_format", "sha256=<lower-case hex of HMAC-SHA256 over the raw body, keyed with the secret>");
        out.put("idempotency_header", "Idempotency-Key (or X-Request-Id)");
        JsonNode trigger = library.liveVersion(flow).map(FlowVersion::definition).map(d -> d.path("trigger")).orElse(null);
        boolean hook = triggers.isWebhook(trigger);
        out.put("starts_runs", flow.live() && hook);
        out.put("respond", hook && "sync".equals(trigger.path("params").path("respond").asString("")) ? "sync" : "async");
        if (!flow.live() || !hook) {
            out.put("note", !flow.live() ? "The flow is " + flow.status() + ": calls are refused until it is published and enabled."
                    : "The live version's trigger is not a webhook: calls are refused until a version with webhook.catch_hook "
                            + "(or an app's webhook trigger) is published.");
        }
        return ToolResults.success(out);
    }
}
