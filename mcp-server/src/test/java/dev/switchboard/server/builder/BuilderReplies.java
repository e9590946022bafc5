package dev.switchboard.server.builder;

import io.modelcontextprotocol.spec.McpSchema;

/** What a model answers the builder in these tests. */
final class BuilderReplies {

    /** A flow the validator accepts, with the Slack connection and the channel left as questions. */
    static final String GOOD = "{\"flow\": {\"format\": \"switchboard.flow/v1\", \"name\": \"Monday standup\", "
            + "\"trigger\": {\"app\": \"schedule\", \"event\": \"cron\", \"params\": {\"cron\": \"0 8 * * 1\"}}, "
            + "\"steps\": [{\"id\": \"notify\", \"action\": \"slack.send_message\", \"connection\": \"<ask:slack_connection>\", "
            + "\"input\": {\"channel\": \"<ask:channel>\", \"text\": \"Standup at 9\"}}]}, "
            + "\"questions\": [{\"name\": \"channel\", \"question\": \"Which Slack channel?\"}], "
            + "\"explanation\": \"Every Monday at 8, posts a reminder to Slack.\"}";

    /** The same flow with an action Slack does not have. */
    static final String UNKNOWN_ACTION = GOOD.replace("slack.send_message", "slack.post_message");

    static final String DESCRIPTION = "Every Monday at 8, post 'Standup at 9' to Slack";

    private BuilderReplies() {
    }

    static McpSchema.CreateMessageResult sampled(String text) {
        return McpSchema.CreateMessageResult.builder(McpSchema.Role.ASSISTANT, text, "client-model").build();
    }

    static String userText(McpSchema.CreateMessageRequest request) {
        return ((McpSchema.TextContent) request.messages().get(0).content()).text();
    }
}
