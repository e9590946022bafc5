package dev.switchboard.server.triggers;

import dev.switchboard.runtime.api.FlowRuntime;
import dev.switchboard.runtime.api.InvalidFlowException;
import dev.switchboard.runtime.run.Run;
import dev.switchboard.runtime.run.RunStatus;
import dev.switchboard.server.flows.FlowLibrary;
import dev.switchboard.server.flows.FlowVersion;
import dev.switchboard.server.flows.StoredFlow;
import dev.switchboard.server.http.RequestBodies;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /hooks/{flow-id}[/{secret}]}, any method, outside bearer auth: starts the flow when the
 * call knows the flow's webhook secret (see {@link HookSecrets}) and the flow is published,
 * enabled and triggered by a webhook: {@code webhook.catch_hook} (the run's trigger is the
 * request, {@link WebhookEvent}) or an app's webhook trigger (the app's payload mapped by it); {@code Idempotency-Key} or {@code X-Request-Id} makes a repeated call
 * return the first run. Answers 202 with the run id, or with {@code "respond": "sync"} in the
 * trigger's params runs the flow in the request and answers with its output.
 *
 * <pre>{@code
 * context.addServlet(new ServletHolder("hooks", new WebhookServlet(library, runtime, triggers, maxBytes)), "/hooks/*");
 * }</pre>
 */
public final class WebhookServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Logger LOG = LoggerFactory.getLogger(WebhookServlet.class);
    private static final int MAX_EVENT_ID = 200;

    private final transient FlowLibrary library;
    private final transient FlowRuntime runtime;
    private final transient HookSecrets hooks;
    private final transient Triggers triggers;
    private final int maxBytes;

    public WebhookServlet(FlowLibrary library, FlowRuntime runtime, Triggers triggers, int maxBytes) {
        this.library = library;
        this.runtime = runtime;
        this.triggers = triggers;
        this.hooks = triggers.hooks();
        this.maxBytes = maxBytes;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] parts = request.getPathInfo() == null ? new String[0] : request.getPathInfo().replaceFirst("^/", "").split("/");
        if (parts.length < 1 || parts.length > 2 || parts[0].isEmpty()) {
            answer(response, 404, error("Webhook URLs are /hooks/{flow-id} or /hooks/{flow-id}/{secret}; get_flow_webhook gives yours."));
            return;
        }
        byte[] body = RequestBodies.readAtMost(request, response, maxBytes);
        if (body == null) {
            answer(response, 413, error("The body is larger than " + maxBytes + " bytes; send less."));
            return;
        }
        String flowId = parts[0];
        String given = parts.length == 2 ? parts[1]
                : WebhookEvent.query(request.getQueryString()).getOrDefault("secret", java.util.List.of()).stream().findFirst().orElse(null);
        boolean known = hooks.verify(flowId, given, request.getHeader(HookSecrets.SIGNATURE_HEADER), body);
        Optional<StoredFlow> found = library.find(flowId); // a deleted flow's secret may outlive it
        if (!known || found.isEmpty()) {
            // the same answer whether the flow exists or not
            answer(response, 401, error("Missing or wrong webhook secret: call /hooks/{flow-id}/{secret}, add ?secret=, or sign "
                    + "the body with the header " + HookSecrets.SIGNATURE_HEADER + ": sha256=<hex HMAC-SHA256 of the body>. "
                    + "The flow's owner gets the URL and secret from get_flow_webhook."));
            return;
        }
        StoredFlow flow = found.get();
        Optional<FlowVersion> live = flow.live() ? library.liveVersion(flow) : Optional.empty();
        if (live.isEmpty()) {
            answer(response, 409, error("The flow is " + flow.status() + ", so nothing was started; publish_flow and "
                    + "set_flow_enabled make it start from its webhook."));
            return;
        }
        JsonNode trigger = live.get().definition().path("trigger");
        ObjectNode call = WebhookEvent.of(request, body);
        Optional<JsonNode> event = triggers.webhookEvent(trigger, call);
        if (event.isEmpty()) {
            answer(response, 409, error("The flow's trigger is " + trigger.path("app").asString("manual") + "."
                    + trigger.path("event").asString("run") + ", not a webhook, so nothing was started."));
            return;
        }
        JsonNode inputs = call.path("body").isObject() ? call.path("body") : JsonNodeFactory.instance.objectNode();
        Run run;
        try {
            run = runtime.start(flow.owner(), flow.id(), live.get().version(), live.get().definition(), event.get(), inputs, eventId(request));
        } catch (InvalidFlowException e) {
            answer(response, 409, error("The flow cannot run: " + e.getMessage()));
            return;
        }
        if ("sync".equals(trigger.path("params").path("respond").asString(""))) {
            Run ran = runtime.continueRun(run.id(), flow.owner());
            Optional<JsonNode> answer = WebhookAnswer.find(live.get().definition(), runtime.steps(ran.id(), flow.owner()));
            if (answer.isPresent()) {
                respondAsTheFlowSaid(response, ran, answer.get());
            } else {
                respondWithOutput(response, ran);
            }
        } else {
            answer(response, 202, status(run));
        }
    }

    /** The flow ran in the request: its output when it succeeded, its state otherwise. */
    private static void respondWithOutput(HttpServletResponse response, Run run) throws IOException {
        response.setHeader("X-Switchboard-Run-Id", run.id());
        if (run.status() == RunStatus.SUCCEEDED) {
            answer(response, 200, run.output() == null ? JsonNodeFactory.instance.nullNode() : run.output());
        } else if (run.status().terminal()) {
            ObjectNode failed = status(run);
            failed.put("error", "The run ended " + run.status() + (run.failedStep() == null ? "" : " at step '" + run.failedStep() + "'")
                    + "; the flow's owner sees why with get_run.");
            answer(response, 500, failed);
        } else {
            answer(response, 202, status(run)); // paused on a delay or an approval: it goes on later
        }
    }

    /** A webhook.respond step ran: its status, headers and body, whatever the run did after it. */
    private static void respondAsTheFlowSaid(HttpServletResponse response, Run run, JsonNode answer) throws IOException {
        JsonNode body = answer.path("body");
        byte[] bytes = body.isString() ? body.asString().getBytes(StandardCharsets.UTF_8)
                : JSON.writeValueAsBytes(body.isMissingNode() ? JsonNodeFactory.instance.nullNode() : body);
        response.setStatus(answer.path("status").asInt(200));
        response.setContentType(body.isString() ? "text/plain; charset=utf-8" : "application/json");
        for (var header : answer.path("headers").properties()) {
            response.setHeader(header.getKey(), header.getValue().asString()); // a Content-Type given here wins
        }
        response.setHeader("X-Switchboard-Run-Id", run.id());
        try {
            response.getOutputStream().write(bytes);
        } catch (IOException e) {
            LOG.debug("webhook caller went away: {}", e.getMessage());
        }
    }

    private static String eventId(HttpServletRequest request) {
        String id = request.getHeader("Idempotency-Key");
        if (id == null || id.isBlank()) {
            id = request.getHeader("X-Request-Id");
        }
        if (id == null || id.isBlank()) {
            return null;
        }
        id = id.strip();
        return "hook:" + (id.length() > MAX_EVENT_ID ? id.substring(0, MAX_EVENT_ID) : id);
    }

    private static ObjectNode status(Run run) {
        return JsonNodeFactory.instance.objectNode().put("run_id", run.id()).put("status", run.status().name());
    }

    private static ObjectNode error(String message) {
        return JsonNodeFactory.instance.objectNode().put("error", message);
    }

    /** The body, or null when it is larger than the limit. */
    private static void answer(HttpServletResponse response, int status, JsonNode body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try {
            response.getOutputStream().write(JSON.writeValueAsBytes(body));
        } catch (IOException e) {
            LOG.debug("webhook caller went away: {}", e.getMessage());
        }
    }
}
