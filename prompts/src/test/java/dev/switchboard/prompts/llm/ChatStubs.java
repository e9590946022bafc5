package dev.switchboard.prompts.llm;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Response bodies of the chat APIs the Spring AI models call, holding a reply text. */
final class ChatStubs {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A flow the validator accepts, with a connection and a channel left as questions. */
    static final String GOOD = "{\"flow\": {\"format\": \"switchboard.flow/v1\", \"name\": \"Monday standup\", "
            + "\"trigger\": {\"app\": \"schedule\", \"event\": \"cron\", \"params\": {\"cron\": \"0 8 * * 1\"}}, "
            + "\"steps\": [{\"id\": \"notify\", \"action\": \"slack.send_message\", \"connection\": \"<ask:slack_connection>\", "
            + "\"input\": {\"channel\": \"<ask:channel>\", \"text\": \"Standup at 9\"}}]}, "
            + "\"questions\": [{\"name\": \"channel\", \"question\": \"Which Slack channel?\"}], "
            + "\"explanation\": \"Every Monday at 8, posts a reminder to Slack.\"}";

    /** The same flow with an action Slack does not have. */
    static final String UNKNOWN_ACTION = GOOD.replace("slack.send_message", "slack.post_message");

    private ChatStubs() {
    }

    /** An OpenAI chat-completions response. */
    static String openAi(String content) {
        ObjectNode body = JSON.createObjectNode().put("id", "chatcmpl-1").put("object", "chat.completion")
                .put("created", 1_700_000_000).put("model", "gpt-4o-mini");
        ObjectNode choice = body.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", content);
        body.putObject("usage").put("prompt_tokens", 10).put("completion_tokens", 10).put("total_tokens", 20);
        return body.toString();
    }

    /** An Anthropic {@code /v1/messages} response. */
    static String anthropic(String content) {
        ObjectNode body = JSON.createObjectNode().put("id", "msg_1").put("type", "message").put("role", "assistant")
                .put("model", "claude-sonnet-4-5").put("stop_reason", "end_turn").putNull("stop_sequence");
        body.putArray("content").addObject().put("type", "text").put("text", content);
        body.putObject("usage").put("input_tokens", 10).put("output_tokens", 10);
        return body.toString();
    }

    /** An Ollama {@code /api/chat} response (not streamed). */
    static String ollama(String content) {
        ObjectNode body = JSON.createObjectNode().put("model", "llama3.1").put("created_at", "2026-01-01T00:00:00Z")
                .put("done", true).put("done_reason", "stop");
        body.putObject("message").put("role", "assistant").put("content", content);
        return body.toString();
    }
}
