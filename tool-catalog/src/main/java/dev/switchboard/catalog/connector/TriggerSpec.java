package dev.switchboard.catalog.connector;

import tools.jackson.databind.JsonNode;

/**
 * An event source of an app, by webhook or by polling.
 *
 * <pre>{@code
 * {"id": "new_file", "type": "polling", "poll": {"request": {...}, "items": "body.files", "key": "id"}}
 * }</pre>
 *
 * @param type {@code webhook}, {@code polling}, {@code schedule} (core {@code schedule.cron}) or
 *             {@code manual} (core {@code manual.run}: started by a person or an agent)
 * @param subscribe for webhooks: the request that registers {@code {{webhook.url}}} with the app
 * @param subscriptionId for webhooks: path to the subscription id in the subscribe response
 * @param unsubscribe for webhooks: the request that removes it ({@code {{subscription.id}}})
 * @param event JSONata mapping an incoming payload ({@code body}) to the output; null keeps it
 * @param poll for polling: what to call and how items are told apart
 */
public record TriggerSpec(
        String id,
        String title,
        String description,
        String type,
        JsonNode input,
        JsonNode output,
        RequestSpec subscribe,
        String subscriptionId,
        RequestSpec unsubscribe,
        String event,
        PollSpec poll,
        String source) {

    /**
     * @param items path to the new items in the response
     * @param key path, inside an item, to what makes it unique (with {@code version}, if given,
     *            so that an updated item is new again)
     * @param map optional JSONata over {@code {status, headers, body, input}} giving the items
     *            instead of {@code items}, e.g. to number Google Sheets rows
     */
    public record PollSpec(RequestSpec request, String items, String key, String version, String map) {
    }
}
