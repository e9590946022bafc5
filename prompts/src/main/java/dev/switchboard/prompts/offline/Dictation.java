package dev.switchboard.prompts.offline;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A description dictated to a phone: fillers ("uh", "you know", « euh »), self-corrections ("send it to Teams no wait
 * not Teams, Slack", "email the supplier through Outlook, actually use Gmail") and, when there is almost no
 * punctuation, the spoken joints that start a new order ("so open an incident", "I want…", « du coup », « tu crées… »).
 * Works on the raw text, before anything else reads it.
 *
 * <pre>{@code
 * Dictation.clean("uh when a lead comes in post to Teams no wait not Teams Slack", apps::isAppWord);
 * // "when a lead comes in post to Slack"
 * }</pre>
 */
final class Dictation {

    private static final Pattern FILLERS = Pattern.compile("(?iu)(?<![\\p{L}'’])(?:u+h+|u+m+|uhm|erm|e+u+h+|heu+|you know|tu vois|"
            + "yeah that'?s it|that'?s it|voilà|voila|basically|en gros)(?![\\p{L}'’])\\s*,?");
    /** "no wait", "actually", « non attends », « ou plutôt »: what was just said is taken back. */
    private static final Pattern TAKE_BACK = Pattern.compile("(?iu)[,\\s]+(?:no wait|wait no|no sorry|sorry i mean|i mean|no actually|"
            + "actually no|non attends|attends non|non pardon|ou plutôt|ou plutot|je veux dire)(?:\\s+actually)?[,\\s]+");
    /** "not Teams", « pas un lead »: the word taken back, said again. */
    private static final Pattern NOT = Pattern.compile("(?iu)^(?:not|pas|non pas)\\s+(?:(?:a|an|the|un|une|le|la|les)\\s+)?([\\p{L}-]+)[,\\s]*");
    /** "to Sarah", « à Julie »: a new place or person for the one before. */
    private static final Pattern PLACE = Pattern.compile("(?iu)^(to|in|into|on|at|for|à|a|dans|sur|pour|chez)\\s");
    private static final Pattern ARTICLE = Pattern.compile("(?iu)^(?:(?:a|an|the|un|une|le|la|les)\\s+)?([\\p{L}-]+)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}-]*");
    /** Where a dictated order starts: "so" before an order, « du coup », "I want", « il faut », « tu crées ». */
    private static final Pattern JOINT = Pattern.compile("(?iu)(?<=[\\p{L}\\d'’])\\s+(?=(?:so|du coup|alors|i want|i need|i'd like|"
            + "je veux|je voudrais|il faut|tu(?!\\svois)|and then|et après|et apres|et ensuite)\\s)");
    /** "okay so…", « bon alors… »: the words that open speech. */
    private static final Pattern OPENERS = Pattern.compile("(?iu)^(?:(?:ok(?:ay)?|right|so|well|alors|bon|donc|du coup|new one)[,\\s]+)+");

    private static final java.util.Map<String, Integer> NUMBERS = numbers();
    private static final String NUMBER = "(" + String.join("|", NUMBERS.keySet().stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList()) + ")";
    /** "at seven thirty", "at eight", « à six heures trente », « dix-sept heures »: a time of day said in words. */
    private static final Pattern CLOCK_EN = Pattern.compile("(?iu)\\b(at|around|by)\\s+" + NUMBER
            + "(?:\\s+(thirty|fifteen|forty[- ]five|o'?clock))?\\b");
    private static final String HOUR_FR = NUMBER + "\\s+heures?(?:\\s+(trente|quinze|quarante-cinq))?";
    private static final Pattern CLOCK_FR = Pattern.compile("(?iu)(?<=\\b(?:à|a|vers|dès|des|avant|après|apres|jusqu à|jusqu'à)\\s)"
            + HOUR_FR + "\\b"
            // « dix-sept heures du soir » said without « à »; « je passe une heure à… » is a length, left as said
            + "|\\b" + HOUR_FR + "(?=\\s+(?:du matin|du mat|du soir|de l'après-midi))");
    /** "thirty minutes", « trente minutes », "two days": a length said in words. */
    private static final Pattern LENGTH = Pattern.compile("(?iu)\\b" + NUMBER + "\\s+(minutes?|hours?|days?|weeks?|jours?|semaines?)\\b");

    private Dictation() {
    }

    private static java.util.Map<String, Integer> numbers() {
        java.util.Map<String, Integer> n = new java.util.HashMap<>();
        String[] en = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"};
        String[] fr = {"une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize",
            "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf", "vingt", "vingt et une", "vingt-deux", "vingt-trois"};
        for (int i = 0; i < en.length; i++) {
            n.put(en[i], i + 1);
        }
        for (int i = 0; i < fr.length; i++) {
            n.put(fr[i], i + 1);
        }
        n.putAll(java.util.Map.of("fifteen", 15, "twenty", 20, "thirty", 30, "forty-eight", 48, "forty eight", 48,
                "twenty-four", 24, "twenty four", 24, "trente", 30, "quarante-huit", 48, "vingt-quatre", 24));
        return n;
    }

    /** Times and lengths said in words, in digits: "at seven thirty" is "at 7:30", « six heures du mat » is « 6h du matin ». */
    static String inDigits(String text) {
        String out = CLOCK_EN.matcher(text).replaceAll(m -> m.group(1) + " " + NUMBERS.get(m.group(2).toLowerCase())
                + minutes(m.group(3)));
        out = CLOCK_FR.matcher(out).replaceAll(m -> {
            String hour = m.group(1) != null ? m.group(1) : m.group(3);
            String half = m.group(1) != null ? m.group(2) : m.group(4);
            return NUMBERS.get(hour.toLowerCase()) + "h"
                    + (half == null ? "" : half.equalsIgnoreCase("trente") ? "30" : half.equalsIgnoreCase("quinze") ? "15" : "45");
        });
        out = LENGTH.matcher(out).replaceAll(m -> NUMBERS.get(m.group(1).toLowerCase()) + " " + m.group(2));
        return out.replaceAll("(?iu)\\bdu mat\\b", "du matin")
                .replaceAll("(?iu)\\btous les (?:premiers|1ers?) (?:du|de chaque) mois\\b", "le 1er de chaque mois")
                .replaceAll("(?iu)\\btous les (\\d{1,2}) (?:du|de chaque) mois\\b", "le $1 de chaque mois");
    }

    private static String minutes(String said) {
        if (said == null || said.toLowerCase().startsWith("o")) {
            return "";
        }
        return said.equalsIgnoreCase("thirty") ? ":30" : said.equalsIgnoreCase("fifteen") ? ":15" : ":45";
    }

    static String clean(String text, Predicate<String> isAppWord) {
        String out = OPENERS.matcher(FILLERS.matcher(text).replaceAll(" ").replaceAll("[ \\t]{2,}", " ").strip()).replaceFirst("");
        out = inDigits(corrected(out, isAppWord));
        return sparse(out) ? JOINT.matcher(out).replaceAll(", ") : out;
    }

    /** Almost no punctuation for its length: spoken, not written. */
    private static boolean sparse(String text) {
        long marks = text.chars().filter(c -> ".,;:!?→>".indexOf(c) >= 0).count();
        return text.split("\\s+").length >= 15 * (marks + 1);
    }

    private static String corrected(String text, Predicate<String> isAppWord) {
        Matcher back = TAKE_BACK.matcher(text);
        if (!back.find()) {
            return text;
        }
        String before = text.substring(0, back.start());
        String after = text.substring(back.end());
        Matcher not = NOT.matcher(after);
        String taken = null;
        if (not.find()) {
            taken = not.group(1);
            after = after.substring(not.end());
        }
        java.util.List<int[]> saidRuns = appRuns(before, isAppWord);
        java.util.List<int[]> insteadRuns = appRuns(after, isAppWord);
        int[] said = saidRuns.isEmpty() ? null : saidRuns.get(saidRuns.size() - 1);
        int[] instead = insteadRuns.isEmpty() ? null : insteadRuns.get(0);
        Matcher next = ARTICLE.matcher(after);
        Matcher place = PLACE.matcher(after);
        String fixed;
        if ((taken == null || isAppWord.test(Words.plain(taken))) && said != null && instead != null) {
            // "email them through Outlook, actually use Gmail for it": the app is replaced, the rest goes on after it
            fixed = before.substring(0, said[0]) + after.substring(instead[0], instead[1]) + before.substring(said[1]) + after.substring(instead[1]);
        } else if (taken != null && before.toLowerCase().lastIndexOf(taken.toLowerCase()) >= 0 && next.find()) {
            // "create a lead, no wait, not a lead, a task for…": the word is replaced
            int at = before.toLowerCase().lastIndexOf(taken.toLowerCase());
            fixed = before.substring(0, at) + next.group(1) + before.substring(at + taken.length()) + after.substring(next.end());
        } else if (place.find()) {
            // "send it to Tom no wait to Sarah": the last place or person is replaced
            int at = before.toLowerCase().lastIndexOf(" " + place.group(1).toLowerCase() + " ");
            fixed = at < 0 ? before + " " + after : before.substring(0, at + 1) + after;
        } else {
            fixed = before + " " + after;
        }
        return corrected(fixed, isAppWord);
    }

    /** Start and end of each run of app words ("Google Calendar") in the text, in order. */
    private static java.util.List<int[]> appRuns(String text, Predicate<String> isAppWord) {
        java.util.List<int[]> runs = new java.util.ArrayList<>();
        Matcher w = WORD.matcher(text);
        int[] current = null;
        while (w.find()) {
            if (!isAppWord.test(Words.plain(w.group()))) {
                current = null;
            } else if (current != null && text.substring(current[1], w.start()).isBlank()) {
                current[1] = w.end();
            } else {
                current = new int[] {w.start(), w.end()};
                runs.add(current);
            }
        }
        return runs;
    }
}
