package dev.switchboard.prompts.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads evaluation cases, one JSON object a line:
 * {@code {"id", "lang", "text", "expect": {"trigger", "actions", "control"?}}}; the trigger and an
 * entry of {@code actions} may each be a list of accepted ids. Blank lines are skipped; anything else wrong
 * stops the reading with the line number and what to fix.
 *
 * <pre>{@code
 * List<EvalCase> cases = EvalCases.read(Files.newBufferedReader(path));
 * }</pre>
 */
public final class EvalCases {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> KINDS = Set.of("if", "for_each", "delay", "approval");

    private EvalCases() {
    }

    /** @throws IllegalArgumentException naming the first bad line and what is wrong with it */
    public static List<EvalCase> read(Reader reader) throws IOException {
        List<EvalCase> cases = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (!line.isBlank()) {
                cases.add(parse(line, number));
            }
        }
        return cases;
    }

    private static EvalCase parse(String line, int number) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JacksonException e) {
            throw bad(number, "not a JSON object (" + e.getOriginalMessage() + ")");
        }
        if (node == null || !node.isObject()) {
            throw bad(number, "each line must be one JSON object");
        }
        String text = node.path("text").asString("");
        if (text.isBlank()) {
            throw bad(number, "\"text\" (the description) is missing or empty");
        }
        String lang = node.path("lang").asString("");
        if (!lang.equals("en") && !lang.equals("fr")) {
            throw bad(number, "\"lang\" must be \"en\" or \"fr\"");
        }
        JsonNode expect = node.path("expect");
        List<String> triggers = accepted(expect.path("trigger"));
        if (triggers.isEmpty() || triggers.stream().anyMatch(t -> !t.contains("."))) {
            throw bad(number, "\"expect.trigger\" must be app.event, e.g. \"schedule.cron\", or a list of them");
        }
        if (!expect.path("actions").isArray()) {
            throw bad(number, "\"expect.actions\" must be a list of action ids (an entry may be a list of accepted ids)");
        }
        List<List<String>> actions = new ArrayList<>();
        for (JsonNode entry : expect.path("actions")) {
            List<String> accepted = accepted(entry);
            if (accepted.isEmpty() || accepted.stream().anyMatch(a -> !a.contains("."))) {
                throw bad(number, "\"expect.actions\" holds " + entry + ", which is not an app.action id");
            }
            actions.add(accepted);
        }
        List<String> control = new ArrayList<>();
        for (JsonNode kind : expect.path("control")) {
            if (!KINDS.contains(kind.asString(""))) {
                throw bad(number, "\"expect.control\" holds " + kind + "; use if, for_each, delay or approval");
            }
            control.add(kind.asString());
        }
        String id = node.path("id").asString("line-" + number);
        return new EvalCase(id, lang, text, triggers, actions, control, number);
    }

    /** One id, or a list of accepted ids; an entry that is not text is kept as an empty id so that the caller rejects it. */
    private static List<String> accepted(JsonNode entry) {
        List<String> ids = new ArrayList<>();
        for (JsonNode id : entry.isArray() ? entry : JSON.createArrayNode().add(entry)) {
            ids.add(id.isString() ? id.asString() : "");
        }
        return ids;
    }

    private static IllegalArgumentException bad(int line, String why) {
        return new IllegalArgumentException("line " + line + ": " + why);
    }
}
