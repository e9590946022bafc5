package dev.switchboard.prompts.offline;

import dev.switchboard.prompts.offline.Clauses.Part;
import dev.switchboard.prompts.offline.Clauses.Role;
import java.util.List;

/**
 * How far a condition reaches: "if it has changed, post a message and save the new status" guards both orders of
 * its sentence; an order in the next sentence is done whatever the condition ("… . Then archive it" is not guarded),
 * and an "otherwise" ends the guarded orders wherever it is.
 *
 * <pre>{@code
 * GuardReach.last(parts, 2, "if it changed, post a message and save it. archive it.");   // index of "save it"
 * }</pre>
 */
final class GuardReach {

    private GuardReach() {
    }

    /**
     * The index of the last order the condition at {@code at} guards, when it guards more than the next one; -1
     * otherwise (no order after it in its sentence, or its parts cannot be found in the text).
     */
    static int last(List<Part> parts, int at, String plain) {
        int last = lastAfter(parts, at, plain);
        return last > at + 1 ? last : -1;
    }

    /**
     * The index of the last order in the sentence of part {@code from} (an order), going on while orders or context follow
     * ("otherwise email the employee and post in #hr": both are the other branch); {@code from} itself when it is alone.
     */
    static int lastInSentence(List<Part> parts, int from, String plain) {
        return Math.max(from, lastAfter(parts, from, plain));
    }

    /** The last order after part {@code at} in its sentence, while only orders or context follow it; -1 when none. */
    private static int lastAfter(List<Part> parts, int at, String plain) {
        int[] sentence = sentences(parts, plain);
        int last = -1;
        for (int j = at + 1; j < parts.size() && sentence[at] >= 0 && sentence[j] == sentence[at]; j++) {
            Role role = parts.get(j).role();
            if (role != Role.ACTION && role != Role.CONTEXT) {
                break;
            }
            if (role == Role.ACTION) {
                last = j;
            }
        }
        return last;
    }

    /** The sentence number of each part, -1 for a part whose words are not found in order in the text. */
    static int[] sentences(List<Part> parts, String plain) {
        int[] out = new int[parts.size()];
        int cursor = 0;
        int sentence = 0;
        for (int i = 0; i < parts.size(); i++) {
            // a part's words, found in order whatever the spaces and marks between them (asides and commas were cut out)
            List<String> words = Words.words(parts.get(i).text());
            java.util.regex.Matcher found = words.isEmpty() ? null : java.util.regex.Pattern.compile(words.stream()
                    .map(java.util.regex.Pattern::quote).limit(3).collect(java.util.stream.Collectors.joining("[^a-z0-9@#_-]+")))
                    .matcher(plain);
            if (found == null || !found.find(cursor)) {
                out[i] = -1;
                continue;
            }
            sentence += (int) plain.substring(cursor, found.start()).chars().filter(c -> c == '.' || c == '!' || c == '?' || c == ';' || c == '\n').count();
            out[i] = sentence;
            cursor = found.end();
        }
        return out;
    }
}
