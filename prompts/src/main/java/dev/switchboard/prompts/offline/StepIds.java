package dev.switchboard.prompts.offline;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The step ids of one draft: a word of what the step does, made unique with a number ("send", "send_2").
 *
 * <pre>{@code
 * StepIds ids = new StepIds();
 * ids.next("send");   // "send"
 * ids.next("send");   // "send_2"
 * }</pre>
 */
final class StepIds {

    private final Set<String> used = new HashSet<>();

    String next(String base) {
        String clean = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        String id = clean;
        for (int i = 2; !used.add(id); i++) {
            id = clean + "_" + i;
        }
        return id;
    }
}
