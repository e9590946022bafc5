package dev.switchboard.prompts.offline;

import dev.switchboard.prompts.offline.Literals.Literal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one clause says: its concepts in order (app names taken out), the words they come from,
 * the apps it names and the literals it holds.
 *
 * <pre>{@code
 * Said said = Said.of("post it on slack zlit0", apps, literals, Texts.of("en"));
 * said.apps();       // [slack]
 * said.concepts();   // [send]
 * }</pre>
 */
record Said(List<String> concepts, List<String> words, Set<String> apps, List<Literal> literals) {

    /** "export it", "les exporter", "that file": the clause points back to what the step before gave. */
    private static final java.util.regex.Pattern BACK = java.util.regex.Pattern.compile(
            "\\b(?:it|them|these|those|that|this)\\b|\\b(?:le|la|les|l)\\s+[a-z]+(?:er|re|ir)\\b");

    static boolean pointsBack(String plain) {
        return BACK.matcher(plain).find();
    }

    static Said of(String plain, Apps apps, Literals literals, Texts texts) {
        List<String> words = Words.words(plain);
        Set<String> named = new LinkedHashSet<>();
        Set<Integer> skip = new HashSet<>();
        for (Apps.Mention m : apps.find(words)) {
            named.add(m.app());
            for (int i = m.from(); i < m.to(); i++) {
                skip.add(i);
            }
        }
        List<String> concepts = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        List<Literal> lits = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Literal lit = literals.of(words.get(i));
            if (lit != null) {
                lits.add(lit);
            }
            String c = skip.contains(i) || texts.falseFriend(words.get(i)) ? null : Words.concept(words.get(i));
            if (i == 0 && words.get(i).equals("list")) {
                c = "get";   // "list the boards": an order, not the noun
            }
            if (c != null) {
                concepts.add(c);
                kept.add(words.get(i));
            }
        }
        return new Said(concepts, kept, named, lits);
    }
}
