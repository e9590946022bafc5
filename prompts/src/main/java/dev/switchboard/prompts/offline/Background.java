package dev.switchboard.prompts.offline;

import dev.switchboard.prompts.offline.Clauses.Part;
import dev.switchboard.prompts.offline.Clauses.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts read from a background line ("Context: the calculator posts to a webhook. Sales copy it by hand."): they
 * order no step; the event they tell starts the flow only when the request says no other.
 *
 * <pre>{@code
 * Background.apply(parts, List.of(new int[] {0, 2}));   // parts 0 and 1 become CONTEXT, or stay the TRIGGER
 * }</pre>
 */
final class Background {

    private Background() {
    }

    /**
     * Reads a sentence of a background line (marked by {@link Lines#BACKGROUND}) into parts, noting the range it gave;
     * false for any other sentence.
     */
    static boolean read(String sentence, String segments, List<Part> parts, List<int[]> ranges,
                        java.util.function.BiConsumer<String, List<Part>> role) {
        if (!sentence.strip().startsWith(Lines.BACKGROUND)) {
            return false;
        }
        int from = parts.size();
        for (String segment : sentence.strip().substring(Lines.BACKGROUND.length()).split(segments)) {
            role.accept(segment.strip(), parts);
        }
        ranges.add(new int[] {from, parts.size()});
        return true;
    }

    /** @param ranges the [from, to) index ranges of the parts each background sentence gave */
    static List<Part> apply(List<Part> parts, List<int[]> ranges) {
        if (ranges.isEmpty()) {
            return parts;
        }
        boolean[] told = new boolean[parts.size()];
        ranges.forEach(r -> java.util.Arrays.fill(told, r[0], r[1], true));
        boolean eventElsewhere = false;
        for (int i = 0; i < parts.size(); i++) {
            eventElsewhere |= !told[i] && parts.get(i).role() == Role.TRIGGER;
        }
        List<Part> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            boolean keep = !told[i] || p.role() == Role.CONTEXT || p.role() == Role.TRIGGER && !eventElsewhere;
            out.add(keep ? p : new Part(Role.CONTEXT, p.text()));
        }
        return out;
    }
}
