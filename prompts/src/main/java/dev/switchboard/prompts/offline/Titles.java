package dev.switchboard.prompts.offline;

import dev.switchboard.prompts.offline.Clauses.Part;
import dev.switchboard.prompts.offline.Clauses.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * Titles and summaries: verbless words before a colon that only announce what follows ("Audit trail for Kizeo: if
 * anyone deletes…", « garde une trace : ajoute un élément… »). They name apps the flow uses but add no step.
 *
 * <pre>{@code
 * Titles.out(plain, parts);   // the part "audit trail for kizeo" becomes CONTEXT
 * }</pre>
 */
final class Titles {

    private Titles() {
    }

    /** The parts, where an action part with no verb before a colon, followed by the event or by an order, becomes context. */
    static List<Part> out(String plain, List<Part> parts) {
        List<Part> out = new ArrayList<>(parts);
        for (int i = 0; i + 1 < out.size(); i++) {
            Part part = out.get(i);
            Part next = out.get(i + 1);
            int at = plain.indexOf(part.text());
            boolean colon = at >= 0 && plain.substring(at + part.text().length()).matches("(?s)\\s*:(?![\\d/]).*");
            if (colon && part.role() == Role.ACTION && !part.text().contains(Literals.MARK) && !Said.keepsDraft(part.text())
                    && Verbs.verbAfter(part.text(), 0) < 0 && Verbs.startsWithVerb(part.text()) < 0
                    && (next.role() == Role.TRIGGER || next.role() == Role.ACTION && Verbs.startsWithVerb(next.text()) == 0)) {
                out.set(i, new Part(Role.CONTEXT, part.text()));
            }
        }
        return out;
    }
}
