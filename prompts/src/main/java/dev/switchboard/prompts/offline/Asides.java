package dev.switchboard.prompts.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@link Clauses} sets aside before and after cutting: asides in parentheses (kept when they
 * hold only literals), the rest of a list of fields, a place or a relative clause cut off by a comma,
 * a gerund saying how the step before is done, the "check the X:" lead-in of a condition, and the
 * sentences that describe how people work before the event (context, which may name its app).
 *
 * <pre>{@code
 * Asides.out("envoyer (push) le formulaire (n° 4)");   // "envoyer  push  le formulaire  "
 * }</pre>
 */
final class Asides {

    static final Pattern LOOK_AT = Pattern.compile("^(?:(?:please|kindly|merci de|veuillez)\\s+)?(?:check|look at|examine|inspect|regarder|regarde|verifier|verifie|"
            + "controler|controle)\\s");
    private static final Pattern ASIDE = Pattern.compile("\\(([^()]*)\\)");
    /** A clause that ends on "with the …" / "avec le …": what follows a comma may go on with the list. */
    private static final Pattern LIST_OPENED = Pattern.compile("\\s(?:with|avec|including|containing|contenant)\\s(?:(?!\\s(?:to|in|on|dans|sur)\\s).)*$");

    /** ", in the folder /Reports", ", who changed it": a place or a relative clause that says more about what precedes. */
    private static final Pattern GOES_ON = Pattern.compile("^\\s*(?:(?:in|into|to|onto|under|inside|dans|sur|vers|sous|between|entre|until|jusqu"
            + "|with|avec)\\s|"   // ", avec le nom et l'adresse du client": what the step before is made with
            + "(?:who|whom|whose|which|qui|dont|lequel|laquelle|lesquels|lesquelles)\\s)");

    /** ", copying the comments into the notes", ", en copiant…": a gerund after a step says how it is done, not another step. */
    /** ", saying who deleted it", « en précisant qui l'a supprimé »: what the message says, not a step of its own. */
    private static final Pattern SPEECH = Pattern.compile("saying|telling|stating|mentioning|indicating|explaining|"
            + "disant|precisant|indiquant|mentionnant|expliquant");
    private static final Pattern MANNER = Pattern.compile("^\\s*(?:en\\s+[a-z]+ant|[a-z]+ing)\\b");

    /** Greetings and fillers that open a sentence and say nothing ("Hi! So we…", « Bon, alors on… »). */
    private static final String OPENER = "^(?:(?:hi|hello|hey|bonjour|salut|so|well|ok|okay|alright|basically|alors|bon|donc|"
            + "en fait|voila)\\s+)*";
    /** "We are a cleaning company", "we run…", « nous gérons… »: who asks and what their business does. */
    static final Pattern ABOUT_US = Pattern.compile(OPENER + "(?:we re|we are|we have|we ve got|i m a|i am a|i run|i manage|i work|"
            + "je suis|je gere|je travaille|"
            + "nous sommes|nous avons|on est|on a|"
            // what the asker's business does: "we run a home-care company", « nous gérons une flotte »
            + "we (?:run|manage|operate|own|sell|provide|offer|do|make|maintain)|nous (?:gerons|exploitons|dirigeons|vendons|"
            + "proposons|faisons|fabriquons|entretenons|assurons)|on (?:gere|exploite|vend|fait))\\s");
    /**
     * "Our drivers log deliveries in Kizeo", "We dispatch jobs from Trello": a sentence whose subject is the asker's people
     * (or the askers) says how they work, unless it says what they wish or need.
     */
    static final Pattern OUR_PEOPLE = Pattern.compile(OPENER + "(?:(?:our|my|nos|notre|mes|mon|ma)\\s+[a-z-]+(?:\\s+[a-z-]+)?|we|nous)\\s+"
            + "(?!should|must|need|needs|want|wants|would|will|has to|have to|to\\b|doivent|doit|veulent|veut|voudraient|aimeraient|d\\s|ll\\s|can|could|"
            + "wish|like|voulons|voudrions|souhaitons|aimerions|devons|devrions|avons besoin)");

    private Asides() {
    }

    /**
     * "the satisfaction survey (Google Forms)", "the delivery notes (Kizeo form 'BL')": an aside that names an app and
     * orders nothing says where the thing before it lives, so it stays in its clause (its words, without the brackets).
     */
    static String appsKept(String plain, java.util.function.Predicate<String> namesApp, boolean french) {
        Matcher aside = ASIDE.matcher(plain);
        StringBuilder out = new StringBuilder();
        while (aside.find()) {
            // "(they are in the 'Suppliers' Google calendar)", « (ils sont dans l'agenda X) »: where the thing lives, said as a sentence
            String inside = aside.group(1).strip().replaceFirst("^(?:they|it|ils|elles|il|elle|c)\\s+(?:are|is|sont|est)\\s+(?=(?:in|on|dans|sur)\\s)", "");
            // "(Kizeo group 'Head Nurses', 6 people, one per clinic)": the first item names the place, the rest describes it
            String first = inside.split(",")[0].strip();
            if (!first.equals(inside) && namesApp.test(first) && !namesApp.test(inside.substring(inside.indexOf(',') + 1))) {
                inside = first;
            }
            // "(the Google Form called 'New Starter Details' that site managers send…)": the app and the name, not the story
            Matcher called = CALLED.matcher(inside);
            if (called.matches() && namesApp.test(called.group(1))) {
                inside = called.group(1) + called.group(2);
            }
            boolean where = namesApp.test(inside) && Verbs.verbAfter(inside, 0) < 0 && inside.split("\\s+").length <= 5;
            // "our spreadsheet (Google Sheets)" is "our spreadsheet in Google Sheets": the app is where it lives, not what it is;
            // "a call (webhook)", "a message (e-mail)" say what kind of thing it is
            boolean heading = plain.substring(aside.end()).matches("\\s*:.*");   // "Support inbox (Gmail): …" names a place already
            String at = heading || inside.matches("(?:in|on|from|to|into|via|dans|sur|de|du|des|vers)\\s.*|.*\\b(?:webhook|http|api|rest|email|mail|sms)\\b.*")
                    ? "" : french ? "dans " : "in ";
            // "the day's programme (the events of the Google calendar X)": the gloss says whose data it is, which is read
            boolean gloss = !where && namesApp.test(inside) && Verbs.verbAfter(inside, 0) < 0 && inside.split("\\s+").length <= 10
                    && GLOSS.matcher(inside).matches();
            aside.appendReplacement(out, Matcher.quoteReplacement(where ? " " + at + inside + " " : gloss ? " " + inside + " " : aside.group()));
        }
        aside.appendTail(out);
        return out.toString();
    }

    private static final Pattern GLOSS = Pattern.compile("(?:the|les|le|la|l|des)\\s+\\S+(?:\\s+\\S+)?\\s+(?:of|from|in|de|du|des|d|dans)\\s.*");
    private static final Pattern CALLED = Pattern.compile("((?:(?:the|a|an|our|le|la|l|un|une|notre)\\s+)?(?:\\S+\\s+){1,3}?)(?:called|named|"
            + "appele|appelee|nomme|nommee|intitule|intitulee)\\s+(" + Literals.MARK + "\\d+)\\b.*");
    private static final Pattern ANY_EVENT = Pattern.compile("\\b(?:for|on|at) (?:any|every|each) (?:event|change)\\b[^.;:,]*$"
            + "|\\b(?:pour|sur|a) (?:tout|chaque|n importe quel) (?:evenement|changement)\\b[^.;:,]*$");
    private static final Pattern HOW_READ = Pattern.compile("(?:filter|filtering|filtered|sort|sorted|filtre|filtrer|filtrees?|"
            + "filtres?|trie|triees?|trier)\\s+(?:on|by|par|sur|selon)\\b");

    /**
     * An aside ("(n° 31)", "(it collects the e-mail addresses)") glosses or describes and adds no step, unless it
     * is itself a longer order, or a word or two right after an order verb that names it better ("send (push)").
     */
    static String out(String plain) {
        Matcher aside = ASIDE.matcher(plain);
        StringBuilder out = new StringBuilder();
        while (aside.find()) {
            String inside = aside.group(1).strip();
            boolean order = Verbs.verbAfter(inside, 0) == 0 || Clauses.TRIGGER_AT_START.matcher(inside).find() || Clauses.IF_START.matcher(inside).find()
                    || BeforeThat.findsFirst(inside);   // « (il faut récupérer les transitions pour ça) »
            String[] before = plain.substring(0, aside.start()).strip().split("\\s+");
            boolean namesTheVerb = inside.split("\\s+").length <= 3 && Verbs.verbAfter(before[before.length - 1], 0) == 0;
            // "(GET https://…?since=<time>)" says how to call: literals first, at most a method before them
            boolean literalsOnly = inside.matches("\\s*(?:(?:get|post|put|patch|delete)\\s+)?" + Literals.MARK + "\\d+.*")
                    && inside.split("\\s+").length <= 6;
            // "the Word version (our custom export)", « le rapport (export perso) »: which file, in other words
            boolean namesTheFile = inside.split("\\s+").length <= 4 && Verbs.verbAfter(inside, 0) < 0
                    && Words.concepts(inside).stream().anyMatch(FILE_KINDS::contains);
            if (HOW_READ.matcher(inside).lookingAt()) {
                aside.appendReplacement(out, " ");   // "pull the audits from Kizeo (filter on the audit date)": how they are read
                continue;
            }
            if (ANY_EVENT.matcher(plain.substring(0, aside.start())).find() && Verbs.verbAfter(inside, 0) < 0) {
                aside.appendReplacement(out, " ");   // "for any event on the form (new, edited, deleted)": the kinds, all of them
                continue;
            }
            String kept = namesTheVerb || literalsOnly || namesTheFile || saysTheEvent(plain.substring(0, aside.start()), inside) ? " " + inside + " "
                    : order && inside.split("\\s+").length > 3 ? "(" + inside + ")" : " ";
            aside.appendReplacement(out, Matcher.quoteReplacement(kept));
        }
        aside.appendTail(out);
        return out.toString();
    }

    /**
     * "When the customer signs the delivery note (Kizeo form 'Delivery' saved), …": an aside that closes the event's clause
     * and says what happened in other words is part of the event.
     */
    private static boolean saysTheEvent(String before, String inside) {
        String clause = before.substring(Math.max(before.lastIndexOf('.'), Math.max(before.lastIndexOf(';'), before.lastIndexOf(','))) + 1);
        return Clauses.TRIGGER_AT_START.matcher(clause).find() && (HOOK.matcher(inside).find()
                || Verbs.verbAfter(inside, 0) != 0 && Words.concepts(inside).stream().anyMatch(EVENTS::contains));
    }

    /** "Customers send orders by email.", « Les techniciens remplissent… »: a plural noun opens the sentence, its subject. */
    private static boolean pluralSubject(String plain) {
        List<String> words = Words.words(plain);
        int at = !words.isEmpty() && Set.of("les", "the", "our", "nos").contains(words.get(0)) ? 1 : 0;
        String w = words.size() > at + 1 ? words.get(at) : "";
        String c = Words.concept(w);
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && c != null && !Words.VERBS.contains(c) && !c.equals("email")
                && c.equals(Words.concept(w.substring(0, w.length() - 1)));
    }

    /** Concepts that say which file is meant. */
    private static final java.util.Set<String> FILE_KINDS = java.util.Set.of("export", "pdf", "file", "custom");

    /** "(our portal posts it to a webhook)", « (appel sur notre webhook) »: how the event reaches the flow. */
    private static final Pattern HOOK = Pattern.compile("\\bwebhooks?\\b");

    /** Concepts that say something happened (finished, received, new, updated, deleted, saved). */
    private static final java.util.Set<String> EVENTS = java.util.Set.of("finish", "receive", "new", "update", "delete", "upload");

    /** ", converted to PDF", « , signé par le client »: a past participle after a comma describes what the step before acts on. */
    private static boolean describes(String segment) {
        List<String> words = Words.words(segment);
        String c = words.isEmpty() ? null : Words.concept(words.get(0));
        String w = words.isEmpty() ? "" : words.get(0);
        // only forms that are no order: "converted", "signed" (a French « créée » or « vérifie » may be an imperative)
        boolean participle = w.endsWith("ed");
        return c != null && Words.VERBS.contains(c) && !c.equals("wait") && participle && words.size() <= 6;
    }

    /** "name and address", "email et téléphone": bare nouns joined by and, the last items of an enumeration. */
    private static final Pattern BARE_PAIR = Pattern.compile("^\\s*(?!(?:a|an|the|un|une|le|la|les|des|l)\\s)[a-z0-9-]+(?:\\s+[a-z0-9-]+)?\\s+(?:and|et)\\s+"
            + "(?!(?:a|an|the|un|une|le|la|les|des|l)\\s)[a-z0-9-]+\\b");
    /** The segment up to its next order: "user and time in the sheet and alert #ops" ends before "alert". */
    private static String beforeNextOrder(String segment) {
        List<String> pieces = Cuts.atAnd(segment);
        return pieces.isEmpty() ? segment : pieces.get(0);
    }

    private static boolean determinedPair(String segment) {
        String first = beforeNextOrder(segment);   // "… dans la ligne et préviens #compta"
        return DETERMINED_PAIR.matcher(first).find() && Verbs.verbAfter(first, 0) < 0 && Verbs.startsWithVerb(first) < 0;
    }

    /** "the subject and the date", « l'objet et la date »: two items with their articles. */
    private static final Pattern DETERMINED_PAIR = Pattern.compile("^\\s*(?:the|its|his|her|their|le|la|les|l|son|sa|ses|leur)\\s+"
            + "[a-z0-9-]+\\s+(?:and|et)\\s+(?:the|its|his|her|their|le|la|les|l|son|sa|ses|leur)\\s+[a-z0-9-]+\\b");
    /** A clause that ends on where something goes ("… in Slack"): what follows a comma may be another place, not a list. */
    private static final Pattern ENDS_ON_PLACE = Pattern.compile("\\s(?:in|on|to|into|onto|via|dans|sur|vers|au|aux)\\s+\\S+(?:\\s+\\S+)?\\s*$");

    /**
     * "type a client's email, name and address", "from a name, email and address I type in": bare nouns joined by "and"
     * after a comma, with no order, end the enumeration the clause before began (not a place: "in Slack, Teams and …").
     */
    private static boolean listTail(String before, String segment) {
        segment = beforeNextOrder(segment);   // the list ends before the next order
        return BARE_PAIR.matcher(segment).find() && !ENDS_ON_PLACE.matcher(before).find()
                && Verbs.verbAfter(segment, 0) < 0 && Verbs.startsWithVerb(segment) < 0 && segment.strip().split("\\s+").length <= 10
                && !Clauses.TRIGGER_AT_START.matcher(segment).find() && !Clauses.IF_START.matcher(segment).find();
    }

    /** One to three bare words, no determiner, no order: an item of an enumeration, if a list tail follows. */
    private static final Pattern BARE_ITEM = Pattern.compile("^\\s*(?!(?:a|an|the|un|une|le|la|les|des|l)\\s)[a-z0-9-]+(?:\\s+[a-z0-9-]+){0,2}\\s*$");

    /** A bare item between commas whose enumeration ends with "X and Y" a few segments on: it goes on the clause before. */
    private static boolean middleItem(String[] segments, int i, String before) {
        for (int j = i; j < segments.length && j < i + 4; j++) {
            if (!BARE_ITEM.matcher(segments[j]).matches() || Verbs.verbAfter(segments[j], 0) >= 0 || Verbs.startsWithVerb(segments[j]) >= 0) {
                // "add their email, first name and last name to X": a short order's object opens the list
                boolean shortOrder = Verbs.startsWithVerb(before) == 0 && before.strip().split("\\s+").length <= 4;
                boolean opened = j > i || shortOrder;
                // « mets l'expéditeur, l'objet et la date dans… »: after a short order, the items may keep their articles
                return opened && (listTail(before, segments[j]) || shortOrder && j == i && determinedPair(segments[j]));
            }
        }
        return false;
    }

    /** "with the name, company and email": the words after a comma that only go on with a list stay in their clause. */
    static List<String> listsJoined(String[] segments) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (!out.isEmpty() && middleItem(segments, i, out.get(out.size() - 1))) {
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + segment);   // "log form, data id, user and time…"
                continue;
            }
            boolean listGoesOn = !out.isEmpty() && LIST_OPENED.matcher(out.get(out.size() - 1)).find()
                    && Verbs.verbAfter(segment, 0) < 0 && Verbs.startsWithVerb(segment.replaceFirst("^\\s*(and|et)\\s+", "")) < 0
                    && !Clauses.TRIGGER_AT_START.matcher(segment).find() && !Clauses.IF_START.matcher(segment).find()
                    && !Clauses.FOR_EACH.matcher(segment).find() && !Clauses.ELSE.matcher(segment).find()
                    && segment.strip().split("\\s+").length <= 8;
            // ", with the date as dd/mm/yyyy": a format said with the order is a step of its own, done before it (see BeforeThat)
            boolean saysMore = !out.isEmpty() && GOES_ON.matcher(segment).find() && Verbs.startsWithVerb(segment) < 0
                    && !BeforeThat.WITH_FORMAT.matcher(segment.strip()).lookingAt()
                    && (segment.strip().matches("^(who|which|qui|dont|whose|whom|lequel|laquelle|lesquels|lesquelles)\\b.*")
                        || Verbs.verbAfter(segment, 0) < 0);
            saysMore |= !out.isEmpty() && describes(segment);
            saysMore |= !out.isEmpty() && listTail(out.get(out.size() - 1), segment);
            Matcher manner = MANNER.matcher(segment);
            if (!out.isEmpty() && manner.find() && Verbs.verbAfter(out.get(out.size() - 1), 0) >= 0) {
                String gerund = manner.group().strip().replaceFirst("^en\\s+", "");
                String c = Words.concept(gerund);
                if (c != null && Words.VERBS.contains(c) && !c.equals("wait") || SPEECH.matcher(gerund).matches()) {
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

    /** "On the reception's Gmail inbox, when…": a place said before the event, with no verb, is where it happens. */
    private static final Pattern WHERE = Pattern.compile("^(?:on|in|at|sur|dans|chez)\\s");

    /** Where a part ends in the plain text, or -1; an aside taken out of it left spaces ("ses rapports   dans…"): its last words tell. */
    private static int endIn(String plain, String text) {
        int at = plain.indexOf(text);
        String tail = at >= 0 ? text : text.substring(text.lastIndexOf("  ") + 2).strip();
        at = at >= 0 ? at : tail.isEmpty() ? -1 : plain.indexOf(tail);
        return at < 0 ? -1 : at + tail.length();
    }

    /**
     * "Our techs fill in a form when they visit a site. When they finish it, …": the first sentence describes how
     * people work (no order in it); the event is the one a later clause opens with.
     */
    static List<Clauses.Part> describedFirst(String plain, List<Clauses.Part> parts) {
        boolean event = parts.stream().anyMatch(p -> p.role() == Clauses.Role.TRIGGER);
        for (int i = 0; !event && i < parts.size(); i++) {
            List<String> said = Words.concepts(parts.get(i).text());
            if (parts.get(i).role() == Clauses.Role.CONTEXT && (said.contains("finish") || said.contains("receive"))
                    && !Timing.isRecurring(parts.get(i).text()) && !NoStep.gives(parts.get(i).text())) {
                // "Our techs fill in a checklist in Kizeo. If it failed, …": with no other event, what they do is the event
                parts.set(i, new Clauses.Part(Clauses.Role.TRIGGER, parts.get(i).text()));
                return parts;
            }
        }
        int eventAt = event ? plain.indexOf(parts.stream().filter(p -> p.role() == Clauses.Role.TRIGGER).findFirst().get().text()) : -1;
        for (int i = 0; event && i < parts.size() && parts.get(i).role() != Clauses.Role.TRIGGER; i++) {
            Clauses.Part p = parts.get(i);
            int end = endIn(plain, p.text());
            // "Sometimes field staff delete records by mistake.": a sentence whose subject comes first says how they work, too;
            // so does any clause without an order in the sentences before the event's ("…, which we file in Dropbox. When…")
            if (p.role() == Clauses.Role.ACTION && WHERE.matcher(p.text()).find() && Verbs.verbAfter(p.text(), 0) < 0) {
                parts.set(i, new Clauses.Part(Clauses.Role.CONTEXT, p.text()));   // « sur la boîte Gmail de l'accueil, quand… »: where
                continue;
            }
            if (p.role() == Clauses.Role.ACTION && (Verbs.startsWithVerb(p.text()) < 0 || pluralSubject(p.text())) && end >= p.text().length()
                    && (plain.substring(end).matches("(?s)\\s*[.!?].*")
                    || eventAt > end && plain.substring(end, eventAt).matches("(?s).*[.!?]\\s.*"))) {
                parts.set(i, new Clauses.Part(Clauses.Role.CONTEXT, p.text()));   // "Our drivers fill in a form in Kizeo." tells how they work
            }
        }
        int trigger = -1;
        for (int i = 0; i < parts.size() && trigger < 0; i++) {
            if (parts.get(i).role() == Clauses.Role.TRIGGER) {
                trigger = i;
            } else if (parts.get(i).role() != Clauses.Role.CONTEXT && Verbs.verbAfter(parts.get(i).text(), 0) >= 0) {
                return parts;   // an order comes before the event: the usual "post X when Y"
            }
        }
        if (trigger < 0 || trigger + 1 >= parts.size() || parts.get(trigger).text().equals("webhook")) {
            return parts;
        }
        Clauses.Part next = parts.get(trigger + 1);
        int at = plain.indexOf(next.text());
        if (next.role() != Clauses.Role.ACTION || !Clauses.TRIGGER_AT_START.matcher(next.text()).find() || at < 0
                || !plain.substring(0, at).matches("(?s).*[.!?]\\s*$")) {
            return parts;
        }
        List<Clauses.Part> out = new ArrayList<>();
        for (int i = 0; i <= trigger; i++) {
            out.add(new Clauses.Part(Clauses.Role.CONTEXT, parts.get(i).text()));
        }
        out.addAll(Clauses.split(plain.substring(at)));
        return out;
    }
}
