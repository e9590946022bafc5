package dev.switchboard.runtime.flow;

import tools.jackson.databind.JsonNode;

/**
 * What a step does when it fails or hangs. All parts are optional.
 *
 * <pre>{@code
 * new StepPolicy(retry, "continue", "PT30S");
 * }</pre>
 *
 * @param retry raw {@code {"max": 3, "backoff": "PT2S"}} object (kept raw so unknown fields survive), or null
 * @param onError {@code "fail"} (default) or {@code "continue"}; null when absent
 * @param timeout ISO-8601 duration, or null
 */
public record StepPolicy(JsonNode retry, String onError, String timeout) {

    public static final StepPolicy NONE = new StepPolicy(null, null, null);

    /** Extra attempts after the first one; 0 without a retry policy. */
    public int retryMax() {
        JsonNode max = retry == null ? null : retry.get("max");
        return max != null && max.canConvertToInt() ? Math.max(0, max.asInt()) : 0;
    }

    /** The first backoff, doubled at each further attempt; 1 second when not given. */
    public java.time.Duration backoff() {
        JsonNode b = retry == null ? null : retry.get("backoff");
        return b == null || !b.isString() ? java.time.Duration.ofSeconds(1) : java.time.Duration.parse(b.asString());
    }

    public boolean continueOnError() {
        return "continue".equals(onError);
    }
}
