package dev.switchboard.prompts.offline;

import dev.switchboard.catalog.connector.Catalog;
import dev.switchboard.catalog.connector.Connector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the apps a text names, from the catalog's own connector names: the whole name ("Google
 * Sheets", a final plural s optional) or a word that only one app's name has ("Kizeo", "Drive").
 * Words such as "data" or "email", which are also app names of core utilities, never name an app
 * alone.
 *
 * <pre>{@code
 * Apps apps = new Apps(Catalog.bundled());
 * apps.find(List.of("upload", "to", "google", "drive"));   // [Mention[app=google_drive, from=2, to=4]]
 * }</pre>
 */
final class Apps {

    /** Mention of {@code app} by the words {@code [from, to)}. */
    record Mention(String app, int from, int to) {
    }

    /** Google's editors whose files live in Google Drive ("a Google Doc", "the Google Slides deck"). */
    private static final Set<String> DRIVE_FILES = Set.of("doc", "docs", "document", "documents", "slides", "slide");

    /** Name words that are ordinary words first: never an app on their own. */
    private static final Set<String> ORDINARY = Set.of("data", "email", "storage", "schedule", "manual", "forms", "form",
            "google", "microsoft", "crm", "smtp", "run", "on", "by", "hand", "the");
    /** Local product names that differ from the catalog's English names, and the usual short names of apps (SFDC, GDrive). */
    private static final Map<String, String> LOCAL = Map.of("agenda", "calendar", "calendrier", "calendar", "stockage", "storage",
            "sfdc", "salesforce", "sf", "salesforce", "gdrive", "drive", "gsheet", "sheet", "gsheets", "sheet");
    /** A sheet or spreadsheet: one of what only Google Sheets' name holds in the catalog, so it names that app. */
    private static final Set<String> ONE_OF = Set.of("sheet", "spreadsheet", "spreadsheets");
    /** Products whose sheets are not the catalog's ("an Excel sheet"): their sheet names no app. */
    private static final Set<String> FOREIGN = Set.of("excel", "xls", "xlsx", "csv", "numbers", "smartsheet", "calc", "libreoffice");
        /** Words after which an ordinary noun is a place: "read it from storage", « lis dans le stockage ». */
    private static final Set<String> PLACE = Set.of("from", "in", "into", "to", "the", "le", "dans", "du", "au", "depuis", "our", "notre");

    /** Words after which an ordinary noun names someone else's system ("the storage API", "the data service"). */
    private static final Set<String> SERVICE = Set.of("api", "apis", "service", "server", "endpoint", "system");

    private final Map<String, List<List<String>>> names = new LinkedHashMap<>();
    private final Map<String, String> distinctive = new HashMap<>();
    private final Map<String, String> display = new HashMap<>();
    private final Set<String> nameWords = new java.util.HashSet<>();
    /** Apps named by one ordinary word ("Storage"): that word names them only as a place. */
    private final Map<String, String> plainNames = new HashMap<>();

    Apps(Catalog catalog) {
        Map<String, Integer> seen = new HashMap<>();
        Map<String, String> owner = new HashMap<>();
        for (Connector c : catalog.connectors()) {
            String name = c.name() == null ? c.app() : c.name();
            display.put(c.app(), name);
            List<String> words = Words.words(Words.plain(name.replaceAll("\\(.*?\\)", " ")));
            names.computeIfAbsent(c.app(), a -> new ArrayList<>()).add(words);
            List<String> all = new ArrayList<>(Words.words(Words.plain(name)));
            if (words.size() > 1 || !ORDINARY.contains(words.get(0))) {
                nameWords.addAll(words);
            } else {
                plainNames.put(words.get(0), c.app());
            }
            for (String w : Set.copyOf(all)) {
                seen.merge(w, 1, Integer::sum);
                owner.put(w, c.app());
            }
        }
        seen.forEach((word, count) -> {
            if (count == 1 && word.length() >= 3 && !ORDINARY.contains(word)) {
                distinctive.put(word, owner.get(word));
            }
        });
    }

    /** A word of some app's name ("google", "kizeo"), so never a literal name such as a form's. */
    boolean isAppWord(String plainWord) {
        String w = LOCAL.getOrDefault(plainWord, plainWord);
        return distinctive.containsKey(w) || nameWords.contains(w) || nameWords.contains(w + "s");
    }

    /** Whether a plain text names an app. */
    boolean named(String plain) {
        return !find(Words.words(plain)).isEmpty();
    }

    /** An app with no brand word of its own (e-mail by SMTP, data, storage): the plain choice when none is named. */
    boolean isGeneric(String app) {
        return names.containsKey(app) && !distinctive.containsValue(app);
    }

    /** Whether {@code app} is a catalog app id ("google_sheets"). */
    boolean known(String app) {
        return names.containsKey(app);
    }

    String display(String app) {
        return display.getOrDefault(app, app);
    }

    /** Every app mention in the plain words, in order; a longer mention wins over a shorter one. */
    List<Mention> find(List<String> words) {
        List<Mention> found = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Mention best = null;
            for (Map.Entry<String, List<List<String>>> e : names.entrySet()) {
                for (List<String> name : e.getValue()) {
                    if (name.size() > 1 && (matches(words, i, name) || swapped(words, i, name)) && (best == null || name.size() > best.to() - best.from())) {
                        best = new Mention(e.getKey(), i, i + name.size());
                    }
                }
            }
            if (best == null && words.get(i).equals("google") && i + 1 < words.size() && DRIVE_FILES.contains(words.get(i + 1))
                    && names.containsKey("google_drive")) {
                best = new Mention("google_drive", i, i + 2);   // "the Google Doc 'Procedures'": a file kept in Google Drive
            }
            if (best == null) {
                String w = words.get(i);
                String app = distinctive.get(LOCAL.getOrDefault(w, w));
                if (app == null && w.endsWith("s")) {
                    app = distinctive.get(w.substring(0, w.length() - 1));
                }
                if (app == null && w.length() >= 6 && !Words.isKnown(w)) {
                    app = slipOfDistinctive(w);   // "salesforse", "dropbx": a slip in a brand
                }
                if (app == null && ONE_OF.contains(w) && (i == 0 || !FOREIGN.contains(words.get(i - 1)))) {
                    app = distinctive.get("sheets");   // "the 'Signups' sheet": one of what only one app's name holds (Google Sheets)
                }
                if (app != null) {
                    best = new Mention(app, i, i + 1);
                }
            }
            String plain = LOCAL.getOrDefault(words.get(i), words.get(i));
            boolean service = i + 1 < words.size() && SERVICE.contains(words.get(i + 1));   // "the storage API": another system's
            // "delete that storage key": a key is kept in the app of that name
            boolean keyed = i + 1 < words.size() && Set.of("key", "keys", "cle", "cles").contains(words.get(i + 1));
            if (best == null && i > 0 && !service && (PLACE.contains(words.get(i - 1)) || keyed) && plainNames.containsKey(plain)
                    && !Words.isKnown(plain)) {
                best = new Mention(plainNames.get(plain), i, i + 1);   // "from storage": a place, so the app of that name
            }
            if (best != null && best.to() - best.from() == 1 && Words.isKnown(LOCAL.getOrDefault(words.get(i), words.get(i)))
                    && (i > 0 && !found.isEmpty() && found.get(found.size() - 1).to() == i
                        || i + 1 < words.size() && startsAnother(words, i + 1, best.app()))) {
                best = null;   // "Outlook calendar", "calendrier Outlook": a common noun that qualifies the other app
            }
            if (best != null) {
                found.add(best);
                i = best.to();
            } else {
                i++;
            }
        }
        return found;
    }

    private String slipOfDistinctive(String word) {
        List<String> near = distinctive.keySet().stream().filter(d -> Typos.oneSlip(word, d)).toList();
        return near.size() == 1 ? distinctive.get(near.get(0)) : null;
    }

    private boolean startsAnother(List<String> words, int at, String app) {
        String w = words.get(at);
        String other = distinctive.get(LOCAL.getOrDefault(w, w));
        return other != null && !other.equals(app) && !Words.isKnown(w);
    }

    /** "formulaire Google", "agenda Google": a two-word name in French order, its words known by their concept. */
    private static boolean swapped(List<String> words, int at, List<String> name) {
        return name.size() == 2 && at + 2 <= words.size() && same(words.get(at), name.get(1)) && same(words.get(at + 1), name.get(0));
    }

    private static boolean same(String word, String nameWord) {
        String a = Words.concept(LOCAL.getOrDefault(word, word));
        return word.equals(nameWord) || a != null && a.equals(Words.concept(nameWord));
    }

    private static boolean matches(List<String> words, int at, List<String> name) {
        if (at + name.size() > words.size()) {
            return false;
        }
        for (int k = 0; k < name.size(); k++) {
            String w = words.get(at + k);
            String n = name.get(k);
            if (!w.equals(n) && !(w + "s").equals(n) && !LOCAL.getOrDefault(w, "").equals(n)
                    && !(k > 0 && !Words.isKnown(w) && Typos.oneSlip(w, n))) {   // "Google Calender": a slip after the brand
                return false;
            }
        }
        return true;
    }
}
