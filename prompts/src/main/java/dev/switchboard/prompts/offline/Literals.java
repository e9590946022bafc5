package dev.switchboard.prompts.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The literal values of a description (e-mail addresses, URLs, quoted names, #channels, HTTP
 * methods, "the folder Reports"-style names), taken out of the text and replaced by marker words
 * ({@code zlit0}, {@code zlit1}…) so that clause splitting and word matching never see them.
 *
 * <pre>{@code
 * Literals lits = Literals.extract("Send it to ann@example.com", app -> false);
 * lits.masked();            // "Send it to zlit0 "
 * lits.values().get(0);     // Literal[kind=EMAIL, value=ann@example.com, noun=null]
 * }</pre>
 */
record Literals(String masked, List<Literal> values) {

    enum Kind { EMAIL, URL, QUOTED, CHANNEL, METHOD, NAMED }

    /**
     * @param noun the concept of the word that names what the value is ("folder", "form"), or null
     */
    record Literal(Kind kind, String value, String noun) {
    }

    static final String MARK = "zlit";

    private static final Pattern URL = Pattern.compile("https?://[^\\s\"«»<>]+[^\\s\"«»<>.,;:!?)]");
    private static final Pattern EMAIL = Pattern.compile("(?:\\*|[A-Za-z0-9._%+-]+)@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+");
    private static final Pattern QUOTED = Pattern.compile("«\\s*([^»]{1,80}?)\\s*»|“([^”]{1,80})”|\"([^\"]{1,80})\""
            // 'Reports': a single quote opens after a space and closes before one, so "it's" and "l'API" stay words
            + "|(?<![\\p{L}\\p{N}])['‘]([^'’‘\\n]{1,60}?)['’](?![\\p{L}\\p{N}])");
    private static final Pattern CHANNEL = Pattern.compile("(?<![\\w&])#([\\p{L}0-9_-]{1,80})");
    private static final Pattern METHOD = Pattern.compile("\\b(GET|POST|PUT|PATCH|DELETE)\\b");
    private static final Pattern ORDER_METHOD = Pattern.compile("((?:^|\\band |\\bet |\\bthen |\\bpuis |, |[:.;] ))(GET|POST|PUT|PATCH|DELETE)\\b");
    private static final Pattern NAMED = Pattern.compile(
            "\\b(folder|form|list|channel|sheet|board|project|spreadsheet|audience|dossier|formulaire|liste|canal|"
                    + "tableau|projet|feuille|tableur|team|equipe|équipe)[ \\t]+(\\p{Lu}[\\p{L}\\p{N}_-]*(?:\\s(?:d['’]|de\\s)\\p{L}+)?)");
    /** Nouns that say what a quoted value names, looked for just before it. */
    private static final Set<String> NOUNS = Set.of("folder", "form", "list", "channel", "sheet", "card", "project",
            "board", "audience", "team", "file", "item", "record", "customer", "column", "event", "message", "report", "flow");

    /** @param appWord true for a word that belongs to an app name, which is never a literal name */
    static Literals extract(String text, Predicate<String> appWord) {
        List<Literal> values = new ArrayList<>();
        String s = text;
        s = replace(s, URL, values, m -> new Literal(Kind.URL, m.group(), null));
        s = replace(s, EMAIL, values, m -> new Literal(Kind.EMAIL, m.group(), null));
        s = replaceQuoted(s, values);
        s = replace(s, CHANNEL, values, m -> new Literal(Kind.CHANNEL, m.group(), "channel"));
        // "get the data and POST it to …": a method where an order goes is the order, so the clause cutter sees a verb
        s = ORDER_METHOD.matcher(s).replaceAll("$1call $2");
        s = replace(s, METHOD, values, m -> new Literal(Kind.METHOD, m.group(1), null));
        Matcher named = NAMED.matcher(s);
        StringBuilder out = new StringBuilder();
        while (named.find()) {
            String value = named.group(2);
            if (appWord.test(Words.plain(value.split("\\s")[0])) || value.startsWith(MARK)) {
                named.appendReplacement(out, Matcher.quoteReplacement(named.group()));
                continue;
            }
            values.add(new Literal(Kind.NAMED, value, Words.concept(Words.plain(named.group(1)))));
            named.appendReplacement(out, Matcher.quoteReplacement(named.group(1) + " " + MARK + (values.size() - 1) + " "));
        }
        named.appendTail(out);
        return new Literals(out.toString(), List.copyOf(values));
    }

    private static String replace(String s, Pattern pattern, List<Literal> values,
                                  java.util.function.Function<Matcher, Literal> make) {
        Matcher m = pattern.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            values.add(make.apply(m));
            m.appendReplacement(out, " " + MARK + (values.size() - 1) + " ");
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String replaceQuoted(String s, List<Literal> values) {
        Matcher m = QUOTED.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            String noun = nounBefore(s.substring(0, m.start()));
            values.add(new Literal(Kind.QUOTED, value.strip(), noun != null ? noun : nounAfter(s.substring(m.end()))));
            m.appendReplacement(out, " " + MARK + (values.size() - 1) + " ");
        }
        m.appendTail(out);
        return out.toString();
    }

    /** "the 'Vaccines due' tab", "the 'Media' folder": the naming noun right after a quote (a tab is a sheet). */
    private static String nounAfter(String after) {
        List<String> words = Words.words(Words.plain(after));
        if (words.isEmpty()) {
            return null;
        }
        String c = List.of("tab", "tabs", "onglet").contains(words.get(0)) ? "sheet" : Words.concept(words.get(0));
        return c != null && NOUNS.contains(c) ? c : null;
    }

    /** The naming noun among the few words before a quote ("la liste Trello « X »" gives list). */
    private static String nounBefore(String before) {
        List<String> words = Words.words(Words.plain(before));
        for (int i = words.size() - 1; i >= Math.max(0, words.size() - 4); i--) {
            String c = Words.concept(words.get(i));
            if (c != null && NOUNS.contains(c)) {
                return c;
            }
        }
        return null;
    }

    private static final Pattern MARKER = Pattern.compile(MARK + "\\d+");

    /** The text with each marker word put back as the value it stands for, quoted: what the person wrote, for a question. */
    String restore(String plain) {
        return MARKER.matcher(plain).replaceAll(m -> {
            Literal l = of(m.group());
            return Matcher.quoteReplacement(l == null ? m.group() : l.kind() == Kind.QUOTED ? "\u201c" + l.value() + "\u201d" : l.value());
        });
    }

    /** The literal a marker word stands for, or null. */
    Literal of(String word) {
        if (!word.startsWith(MARK)) {
            return null;
        }
        try {
            int i = Integer.parseInt(word.substring(MARK.length()));
            return i < values.size() ? values.get(i) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
