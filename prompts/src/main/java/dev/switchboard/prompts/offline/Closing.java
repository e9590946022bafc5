package dev.switchboard.prompts.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "…, and mail me a summary at each response", « … et envoie-moi un mail à chaque réponse »: with no event said
 * otherwise, "at each X" closing an order is the event when an app the context sentences name has a trigger that
 * says X (Google Forms' new response); otherwise it stays in the order ("send the form to each technician").
 *
 * <pre>{@code
 * Closing.event(parts, matcher, said);   // [CONTEXT "… via Google Forms", ACTION "mail me at each response"]
 *                                        // → [CONTEXT …, TRIGGER "a chaque reponse", ACTION "mail me"]
 * }</pre>
 */
final class Closing {

    private static final Pattern AT_EACH = Pattern.compile("\\s(?:a|au|at|on|with|upon|after|apres|pour)\\s+(?:chaque|each|every)\\s+"
            + "(?:new\\s+|nouvel\\w*\\s+)?([a-z-]+)\\s*$");

    private Closing() {
    }

    static List<Clauses.Part> event(List<Clauses.Part> parts, dev.switchboard.prompts.offline.Matcher matcher,
                                    java.util.function.Function<String, Said> said) {
        if (parts.stream().anyMatch(p -> p.role() == Clauses.Role.TRIGGER)) {
            return parts;
        }
        List<String> told = new ArrayList<>();
        parts.stream().filter(p -> p.role() == Clauses.Role.CONTEXT).forEach(p -> told.addAll(said.apply(p.text()).apps()));
        for (int i = 0; i < parts.size() && !told.isEmpty(); i++) {
            Matcher at = AT_EACH.matcher(parts.get(i).text());
            String noun = at.find() && parts.get(i).role() == Clauses.Role.ACTION ? Words.concept(at.group(1)) : null;
            if (noun != null && matcher.index().triggers().stream()
                    .anyMatch(t -> told.contains(t.connector().app()) && t.strong().contains(noun))) {
                List<Clauses.Part> out = new ArrayList<>(parts);
                out.set(i, new Clauses.Part(Clauses.Role.ACTION, parts.get(i).text().substring(0, at.start()).strip()));
                out.add(0, new Clauses.Part(Clauses.Role.TRIGGER, at.group().strip()));
                return out;
            }
        }
        return parts;
    }
}
