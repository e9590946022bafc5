package dev.switchboard.prompts.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@link Clauses} sets aside before and after cutting: asides in parentheses, the rest of a
 * list of fields cut off by a comma, and the "check the X:" lead-in of a condition.
 *
 * <pre>{@code
 * Asides.out("envoyer (push) le formulaire (n° 4)");   // "envoyer  push  le formulaire  "
 * }</pre>
 */
final class Asides {

    static final Pattern LOOK_AT = Pattern.compile("^(?:check|look at|examine|inspect|regarder|regarde|verifier|verifie|"
            + "controler|controle)\\s");
    private static final Pattern ASIDE = Pattern.compile("\\(([^()]*)\\)");
    /** A clause that ends on "with the …" / "avec le …": what follows a comma may go on with the list. */
    private static final Pattern LIST_OPENED = Pattern.compile("\\s(?:with|avec|including|containing|contenant)\\s(?:(?!\\s(?:to|in|on|dans|sur)\\s).)*$");

    /** ", in the folder /Reports", ", who changed it": a place or a relative clause that says more about what precedes. */
    private static final Pattern GOES_ON = Pattern.compile("^\\s*(?:(?:in|into|to|onto|under|inside|dans|sur|vers|sous|between|entre|until|jusqu)\\s|"
            + "(?:who|whom|whose|which|qui|dont|lequel|laquelle|lesquels|lesquelles)\\s)");

    /** ", copying the comments into the notes", ", en copiant…": a gerund after a step says how it is done, not another step. */
    private static final Pattern MANNER = Pattern.compile("^\\s*(?:en\\s+[a-z]+ant|[a-z]+ing)\\b");

    private Asides() {
    }

    /**
     * An aside ("(n° 31)", "(it collects the e-mail addresses)") glosses or describes and adds no step, unless it
     * is itself a longer order, or a word or two right after an order verb that names it better ("send (push)").
     */
    static String out(String plain) {
        Matcher aside = ASIDE.matcher(plain);
        StringBuilder out = new StringBuilder();
        while (aside.find()) {
            String inside = aside.group(1).strip();
            boolean order = Clauses.verbAfter(inside, 0) == 0 || Clauses.TRIGGER_AT_START.matcher(inside).find() || Clauses.IF_START.matcher(inside).find();
            String[] before = plain.substring(0, aside.start()).strip().split("\\s+");
            boolean namesTheVerb = inside.split("\\s+").length <= 3 && Clauses.verbAfter(before[before.length - 1], 0) == 0;
            boolean literalsOnly = inside.matches("(\\s*" + Literals.MARK + "\\d+)+\\s*");   // "(GET https://…)" says how to call
            String kept = namesTheVerb || literalsOnly ? " " + inside + " " : order && inside.split("\\s+").length > 3 ? "(" + inside + ")" : " ";
            aside.appendReplacement(out, Matcher.quoteReplacement(kept));
        }
        aside.appendTail(out);
        return out.toString();
    }

    /** "with the name, company and email": the words after a comma that only go on with a list stay in their clause. */
    static List<String> listsJoined(String[] segments) {
        List<String> out = new ArrayList<>();
        for (String segment : segments) {
            boolean listGoesOn = !out.isEmpty() && LIST_OPENED.matcher(out.get(out.size() - 1)).find()
                    && Clauses.verbAfter(segment, 0) < 0 && Clauses.startsWithVerb(segment.replaceFirst("^\\s*(and|et)\\s+", "")) < 0
                    && !Clauses.TRIGGER_AT_START.matcher(segment).find() && !Clauses.IF_START.matcher(segment).find()
                    && !Clauses.FOR_EACH.matcher(segment).find() && !Clauses.ELSE.matcher(segment).find()
                    && segment.strip().split("\\s+").length <= 8;
            boolean saysMore = !out.isEmpty() && GOES_ON.matcher(segment).find() && Clauses.startsWithVerb(segment) < 0
                    && (segment.strip().matches("^(who|which|qui|dont|whose|whom|lequel|laquelle|lesquels|lesquelles)\\b.*")
                        || Clauses.verbAfter(segment, 0) < 0);
            Matcher manner = MANNER.matcher(segment);
            if (!out.isEmpty() && manner.find() && Clauses.verbAfter(out.get(out.size() - 1), 0) >= 0) {
                String gerund = manner.group().strip().replaceFirst("^en\\s+", "");
                String c = Words.concept(gerund);
                if (c != null && Words.VERBS.contains(c) && !c.equals("wait")) {
                    continue;
                }
            }
            if (listGoesOn || saysMore) {
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + segment);
            } else {
                out.add(segment);
            }
        }
        return out;
    }
}
