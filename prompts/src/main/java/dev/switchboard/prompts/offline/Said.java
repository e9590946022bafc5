package dev.switchboard.prompts.offline;

import dev.switchboard.prompts.offline.Literals.Literal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one clause says: its concepts in order (app names taken out), the words they come from,
 * the apps it names, the literals it holds, and which concepts are complements ("of the form"),
 * with its verb, its objects and whether it speaks of a file.
 *
 * <pre>{@code
 * Said said = Said.of("post it on slack zlit0", apps, literals, Texts.of("en"));
 * said.apps();       // [slack]
 * said.concepts();   // [send]
 * said.verb("post it on slack zlit0");   // send
 * }</pre>
 *
 * @param complements indexes in {@code concepts} of nouns after "of", "du", "for"… that say whose
 *                    thing the head noun is, not what the step acts on
 */
record Said(List<String> concepts, List<String> words, Set<String> apps, List<Literal> literals, Set<Integer> complements) {

    /** Words that open a complement ("the data of the form", "les données du formulaire", "the rows in the sheet"). */
    private static final Set<String> OF = Set.of("of", "from", "for", "du", "de", "des", "d", "pour",
            "on", "in", "sur", "dans");   // "the data submitted on the form": where the things are says whose they are
    /** Words after which a verb's form is a state ("still open", « toujours ouvert »). */
    private static final Set<String> STATE = Set.of("still", "already", "encore", "toujours", "deja");
    /** Words that may stand between "of" and the complement's noun. */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "our", "my", "your", "their", "this", "that",
            "la", "le", "les", "l", "un", "une", "notre", "nos", "votre", "vos", "mon", "ma", "mes", "ce", "cette", "ces");

    /** "the issue key is in the 'Ticket' field": where a value is, not a step. */
    static final java.util.regex.Pattern WHERE_IT_IS = java.util.regex.Pattern.compile(
            "\\b(?:is|are|est|sont)\\s+(?:in|dans|stored|written|ecrit|ecrite|indique|indiquee|given|donne|donnee|kept|saved)\\b");

    private static final java.util.regex.Pattern PASSIVE = java.util.regex.Pattern.compile(
            "\\b(?:be|been|being|is|are|etre|soit|soient|est|sont|sera|seront)\\s+(?:also\\s+|aussi\\s+|automatically\\s+|automatiquement\\s+)?([a-z]+)");

    /** "… to Dropbox", "… dans Google Drive": a destination follows. */
    /** "tell #finance", « préviens l'équipe »: an order whose object is people; it sends them a message, not the file in hand. */
    static final java.util.regex.Pattern TELLS = java.util.regex.Pattern.compile("^(?:please\\s+|also\\s+|then\\s+|and\\s+|et\\s+|"
            + "puis\\s+|aussi\\s+)?(?:tell|notify|inform|warn|let|prevenir|previens|prevenez|informer|informe|informez|avertir|"
            + "avertis|avertissez)\\b");
    static final java.util.regex.Pattern INTO = java.util.regex.Pattern.compile("\\b(?:to|into|in|onto|dans|sur|vers|en)\\s");

    /** "export it", "les exporter", "that file": the clause points back to what the step before gave. */
    private static final java.util.regex.Pattern BACK = java.util.regex.Pattern.compile(
            "\\b(?:it|them|these|those|that|this|ceux|celles|celui|celle)\\b|\\b(?:le|la|les|l)\\s+[a-z]+(?:er|re|ir)\\b"
            // « exporte-le en PDF », « envoie-la par mail »: a pronoun after the verb, before a preposition
            + "|\\b[a-z]+\\s+(?:le|la|les)\\s+(?:en|dans|sur|au|aux|vers|par|avec|puis)\\b");

    /** "my email is bob@acme.test", « son numéro est "42" »: a value given for later, not an order. */
    /** "given a customer's email", « avec un nom et un email »: what the flow is given to work with, no step of its own. */
    static final java.util.regex.Pattern INPUTS = java.util.regex.Pattern.compile("^\\s*(?:given|etant donne|etant donnes|"

            + "(?:with|avec)\\s+(?:a|an|the|its|their|un|une|le|la|l|son|sa|leur)\\s+[a-z-]+\\s+(?:and|et)\\s+(?:a|an|the|its|their|un|une|le|la|l|son|sa|leur)?\\s*[a-z-]+\\s*$)");

    /**
     * "I give it a customer's email", « je lui donne un numéro »: the person starting the flow hands it a value, no step
     * when the value names no app (an app's record number given is looked up in that app).
     */
    static final java.util.regex.Pattern HANDED = java.util.regex.Pattern.compile("^\\s*(?:i|we|you|the user|je|nous|on)\\s+"
            + "(?:give|pass|provide|enter|type|paste|feed|supply|donne|donnons|fournis|fournissons|passe|passons|entre|entrons|colle|indique)"
            + "\\s+(?:it|the flow|lui|au flux)?\\s*(?:a|an|the|some|its|un|une|des|le|la|les|l)\\s");

    /** "one row per user", « une ligne par utilisateur »: how the order before it is laid out, no step of its own. */
    static final java.util.regex.Pattern PER = java.util.regex.Pattern.compile("^\\s*(?:one|a|an|un|une)\\s+[a-z-]+\\s+"
            + "(?:per|par|for each|for every|pour chaque)\\s+[a-z-]+\\s*$");

    static final java.util.regex.Pattern GIVEN = java.util.regex.Pattern.compile(
            "^\\s*(?:my|our|his|her|their|the|mon|ma|mes|notre|nos|son|sa|ses|leur|le|la|l)\\s+(?:[a-z-]+\\s+){1,3}"
            + "(?:is|are|est|sont)\\s+" + Literals.MARK + "\\d+\\s*$");

    /** "get the questions so the answers can be labelled", « pour que les techniciens le retrouvent »: why, not what. */
    private static final java.util.regex.Pattern PURPOSE = java.util.regex.Pattern.compile(
            "(?:^|\\s)(?:so that|so as to|in order to|in order for|so (?:the|we|i|they|it|our|he|she|you|everyone|people|that)|"
            + "pour qu\\w*|afin qu\\w*|afin de|afin d|de sorte qu\\w*|de facon a|de maniere a"
            // "so pricing gets reviewed", « pour faire valider le devis »: a noun that then gets something done, or having it done
            + "|so [a-z]+ (?:gets?|can|will|is|are|knows?|sees?|notices?|hears?|learns?|stays?|keeps?)|pour (?:le |la |les |l )?faire)\\s.*$");

    /** The clause without its purpose: what a step is for adds no step and says nothing of what it reads. */
    static String withoutPurpose(String plain) {
        String out = PURPOSE.matcher(plain).replaceFirst("");
        return OPENED.matcher(out).find() ? FOR_REVIEW.matcher(out).replaceFirst("") : out;
    }

    /** "open an incident for approval", « un incident ouvert pour validation »: what the record is for, not an approval step. */
    private static final java.util.regex.Pattern FOR_REVIEW = java.util.regex.Pattern.compile(
            "\\s(?:for|pour)\\s+(?:validation|approval|review|approbation|verification)\\s*$");
    private static final java.util.regex.Pattern OPENED = java.util.regex.Pattern.compile(
            "\\b(?:open|opens|opened|create|creates|created|ouvrir|ouvre|ouvert|ouverte|creer|cree|creee)\\b");

    static boolean pointsBack(String plain) {
        return BACK.matcher(plain).find();
    }

    /** Verbs of telling: what follows their "that" (« que ») is what the message says, not what the step does. */
    private static final Set<String> TELLING = Set.of("post", "posts", "send", "sends", "tell", "tells", "notify", "notifies",
            "inform", "informs", "warn", "warns", "alert", "alerts", "say", "says", "reply", "replies", "answer", "answers", "write",
            "writes", "message", "previens", "prevenir", "prevenez", "informe", "informer", "informez", "dis", "dire", "dites",
            "ecris", "ecrire", "poste", "poster", "postez", "envoie", "envoyer", "envoyez", "reponds", "repondre", "repondez",
            "signale", "signaler", "signalez", "avertis", "avertir", "avertissez", "saying", "explaining", "stating", "telling",
            "disant", "expliquant", "indiquant", "precisant", "annoncant");
    /** Words that open the told sentence after "that": its subject ("that the document is ready", « que la facture est reçue »). */
    private static final Set<String> TOLD_SUBJECTS = Set.of("the", "a", "an", "we", "it", "they", "there", "this", "his", "her",
            "their", "our", "its", "le", "la", "les", "l", "un", "une", "nous", "on", "il", "elle", "ils", "elles", "ce", "c");

    /** Where the told sentence starts ("post in Slack that the document is ready"), or the clause's length when none is. */
    private static int told(List<String> words) {
        for (int i = 1; i + 1 < words.size(); i++) {
            if (Set.of("that", "que", "qu").contains(words.get(i)) && TOLD_SUBJECTS.contains(words.get(i + 1))) {
                for (int k = Math.max(0, i - 9); k < i; k++) {
                    if (TELLING.contains(words.get(k))) {
                        return i;
                    }
                }
            }
        }
        return words.size();
    }

    static Said of(String plain, Apps apps, Literals literals, Texts texts) {
        List<String> words = Words.words(plain);
        int told = told(words);
        Set<String> named = new LinkedHashSet<>();
        Set<Integer> skip = new HashSet<>();
        for (Apps.Mention m : apps.find(words)) {
            if (m.from() > 0 && m.to() < words.size() && Set.of("id", "ids").contains(words.get(m.to()))
                    && !Words.VERBS.contains(String.valueOf(Words.concept(words.get(m.from() - 1))))) {
                continue;   // "update that row with the Salesforce id": a value the row gets, not an app that acts
            }
            named.add(m.app());
            for (int i = m.from(); i < m.to(); i++) {
                skip.add(i);
            }
        }
        List<String> concepts = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        List<Literal> lits = new ArrayList<>();
        Set<Integer> complements = new HashSet<>();
        boolean nounSeen = false;
        for (int i = 0; i < words.size(); i++) {
            Literal lit = literals.of(words.get(i));
            if (lit != null) {
                lits.add(lit);
            }
            String c = skip.contains(i) || i >= told || texts.falseFriend(words.get(i)) ? null : Words.concept(words.get(i));
            if (c != null && i > 0 && STATE.contains(words.get(i - 1)) && Words.VERBS.contains(c)) {
                // "the issues still open", « encore ouverts »: a state of what is read, not an order; what is read is filtered by it
                c = nounSeen && !concepts.isEmpty() && !concepts.contains("find") ? "find" : null;
            }
            if (("get".equals(c) || "find".equals(c)) && i > 0 && Set.of("de", "d", "du").contains(words.get(i - 1))
                    && !Verbs.isInfinitive(words.get(i))) {
                c = null;   // « fiche de contrôle », « rapport de vérification »: the kind of the thing, not a read
            }
            if (("open".equals(words.get(i)) || "ouverts".equals(words.get(i)) || "ouvertes".equals(words.get(i))) && i > 0
                    && i + 1 < words.size() && Words.VERBS.contains(String.valueOf(Words.concept(words.get(i - 1))))
                    && !Words.VERBS.contains(String.valueOf(Words.concept(words.get(i + 1))))) {
                c = null;   // "pull open opps", "list open incidents": which ones are read, not an order to open one
            }
            if ("event".equals(c) && i > 1 && Set.of("de", "d", "du", "of").contains(words.get(i - 1))
                    && "report".equals(Words.concept(words.get(i - 2)))) {
                c = null;   // « compte-rendu de réunion », "minutes of the meeting": the report's kind, no calendar event
            }
            boolean place = i > 0 && (PLACE.contains(words.get(i - 1)) || !texts.french() && words.get(i - 1).equals("on"));
            if (c != null && place && Words.VERBS.contains(c)) {
                c = null;   // « relevés sur place », "on site", "in stock": after a place word a verb's form is a noun
            }
            if ("call".equals(c) && i > 0 && Set.of("that", "this", "each", "the", "cet", "chaque", "l").contains(words.get(i - 1))) {
                c = null;   // "I need that call to create a bug": the call the flow receives, a noun
            }
            if (words.get(i).equals("draft") && i > 0 && Set.of("a", "as", "in").contains(words.get(i - 1))) {
                c = null;   // "keep it as a draft": the state the document stays in, not drafting a new one
            }
            if (("file".equals(c) || "folder".equals(c)) && i + 1 < words.size() && FILE_FIELDS.contains(words.get(i + 1))) {
                c = null;   // "post the file name in #imaging": a field of the file, told in the message
            }
            if ("email".equals(c) && isField(words, i)) {
                c = null;   // "the client's email", « son adresse mail »: a field of a record, neither a message nor an order
            }
            if (i == 0 && words.get(i).equals("list")) {
                c = "get";   // "list the boards": an order, not the noun
            }
            if (c != null) {
                int k = i - 1;
                // "of the Kizeo 'Audit' form": the app's name and a quoted name stand between "of" and the noun too
                while (k >= 0 && (DETERMINERS.contains(words.get(k)) || words.get(k).startsWith(Literals.MARK) || skip.contains(k))) {
                    k--;
                }
                boolean listOf = !concepts.isEmpty() && concepts.get(concepts.size() - 1).equals("list");   // "the list of tickets"
                // "search the form for the data of today": what is searched for is what is read, not whose
                boolean sought = k >= 0 && words.get(k).equals("for") && concepts.contains("find");
                if (nounSeen && !listOf && !sought && k >= 0 && OF.contains(words.get(k)) && !Words.VERBS.contains(c)) {
                    complements.add(concepts.size());   // "the data of the form": the form says whose data, not what is read
                }
                if (i + 1 < words.size() && words.get(i + 1).equals("s") && !Words.VERBS.contains(c)) {
                    complements.add(concepts.size());   // "the form's questions": the possessor says whose, the head is what
                }
                nounSeen |= !Words.VERBS.contains(c);
                concepts.add(c);
                kept.add(words.get(i));
            }
        }
        return new Said(concepts, kept, named, lits, complements);
    }

    /** Subjects of a present form that stand for the flow itself ("it sends", "which creates", "and adds"). */
    private static final Set<String> FLOW = Set.of("it", "which", "that", "and", "then", "also", "automatically");

    /** Prepositions of place, never followed by a verb (and "on" in English: in French it is "we", « on crée »). */
    private static final Set<String> PLACE = Set.of("in", "into", "at", "sur", "dans", "sous");

    /** "leave it as a draft", « laisse-la en brouillon »: the document stays unsent; someone sends it later by hand. */
    private static final java.util.regex.Pattern DRAFT = java.util.regex.Pattern.compile(
            "\\b(?:as a draft|as draft|in draft|en brouillon|comme brouillon|a l etat de brouillon)\\b");

    static boolean keepsDraft(String plain) {
        return DRAFT.matcher(plain).find();
    }

    /** "ping https://…": pinging an address is calling it, not sending a message. */
    private static final java.util.regex.Pattern PING = java.util.regex.Pattern.compile("\\bping(?:s|er|ez|uer)?\\s+" + Literals.MARK);
    /** "our published flow", « un autre flux », "the sub-flow": a flow other than the one described. */
    private static final java.util.regex.Pattern OTHER_FLOW = java.util.regex.Pattern.compile("\\b(?:published|publie|publiee|"
            + "another|autre|existing|existant|sub-?flows?|sous-flux)\\b");

    boolean pingsAnAddress(String plain) {
        return PING.matcher(plain).find() && !literals.isEmpty() && literals.stream().allMatch(l -> l.kind() == Literals.Kind.URL);
    }

    /** A flow to run is named (quoted) or said to be another one; "the flow should…" is the flow being described. */
    boolean namesAnotherFlow(String plain) {
        return OTHER_FLOW.matcher(plain).find() || literals.stream().anyMatch(l -> l.kind() == Literals.Kind.QUOTED);
    }

    /** Words before the means of an order ("by email", « par mail »). */
    private static final Set<String> BY = Set.of("by", "via", "par");
    /** Words before or after "email" that make it a field of a record: a possessor, or the address it is. */
    private static final Set<String> OWNER = Set.of("s", "his", "her", "their", "its", "son", "sa", "ses", "leur", "leurs",
            "address", "addresses", "adresse", "adresses",
            // "a contact with the same email", « le même email »: an e-mail compared between records is their field
            "same", "meme", "matching", "identical", "identique");

    /** "the client's email", "their email address", « son adresse mail »: the e-mail is a field someone has. */
    private static boolean isField(List<String> words, int i) {
        boolean times = i > 1 && words.get(i - 1).equals("s") && TIMES_OWNING.contains(words.get(i - 2));
        return i > 0 && OWNER.contains(words.get(i - 1)) && !times || i + 1 < words.size() && words.get(i + 1).startsWith("address")
                || listedWithFields(words, i);
    }

    /** "today's emails", "yesterday's mails": a time that owns nothing, the messages of that day. */
    private static final Set<String> TIMES_OWNING = Set.of("today", "yesterday", "week", "month", "day", "tonight", "morning");

    /** What a file or a folder has that a message can tell ("the file name", "the folder path"). */
    private static final Set<String> FILE_FIELDS = Set.of("name", "names", "path", "size", "link", "links", "url", "urls");

    /** Other fields of a person or a company: "the name and email", « le nom et l'email », "email and phone". */
    private static final Set<String> FIELDS = Set.of("name", "names", "nom", "noms", "prenom", "prenoms", "phone", "telephone",
            "tel", "mobile", "company", "societe", "entreprise", "firstname", "lastname", "surname");
    private static final Set<String> JOINS = Set.of("and", "et", "or", "ou", "the", "le", "la", "l", "their", "his", "her",
            "son", "sa", "leur", "its");

    /** "with the client's name and email": an e-mail said in a list of a record's fields is one of them. */
    private static boolean listedWithFields(List<String> words, int i) {
        int k = i - 1;
        while (k >= 0 && JOINS.contains(words.get(k))) {
            k--;
        }
        int j = i + 1;
        while (j < words.size() && JOINS.contains(words.get(j))) {
            j++;
        }
        return k < i - 1 && k >= 0 && FIELDS.contains(words.get(k)) || j > i + 1 && j < words.size() && FIELDS.contains(words.get(j));
    }

    /** "put a meeting in the calendar one week later": an order before "later" is the step; the time is its date. */
    boolean ordersBefore(int at) {
        for (int i = 0; i < at; i++) {
            if (Words.VERBS.contains(concepts.get(i)) && Verbs.isInfinitive(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a verb is said as an order (not only as what happened). */
    boolean saysAVerb() {
        return ordersBefore(concepts.size());
    }

    /**
     * « on l'exporte », « nous les envoyons »: the flow as a French subject, then an object pronoun (never an article here),
     * then the verb; « je la relis » is what a person does.
     */
    private static final java.util.regex.Pattern SUBJECT_AND_OBJECT = java.util.regex.Pattern.compile(
            "(?:on|nous)\\s+(?:l|le|la|les|lui|leur)\\s+([a-z]+)");

    /** The clause's verb; "mail them" and "a note on Slack" send; null when it has none (it goes on with the last). */
    String verb(String text) {
        List<String> opening = Words.words(text);
        if (!opening.isEmpty() && "email".equals(Words.concept(opening.get(0))) && Verbs.startsWithVerb(text) == 0
                && java.util.stream.IntStream.range(1, opening.size()).noneMatch(i -> Words.VERBS.contains(String.valueOf(Words.concept(opening.get(i))))
                        && !List.of("the", "le", "la", "les").contains(opening.get(i - 1)))) {
            return "send";   // "email the open rates to…": e-mailing is sending; "the open rates" is no order (an "export" would be)
        }
        java.util.regex.Matcher pronoun = SUBJECT_AND_OBJECT.matcher(text);
        if (pronoun.lookingAt() && Words.VERBS.contains(String.valueOf(Words.concept(pronoun.group(1))))
                && concepts.contains(Words.concept(pronoun.group(1)))) {
            return Words.concept(pronoun.group(1));   // « on l'exporte au format Excel »: after both pronouns, the verb
        }
        int at = Verbs.verbAfter(text, 0);
        if (at >= 0) {
            String c = Words.concept(Words.words(text.substring(at)).get(0));
            if (c != null && Words.VERBS.contains(c) && concepts.contains(c)) {
                return c;   // the first order of the text, not a noun such as "the custom export"
            }
        }
        List<String> all = Words.words(text);
        String first = all.isEmpty() ? null : Words.concept(all.get(0));
        if ("email".equals(first) && Verbs.startsWithVerb(text) == 0) {
            return "send";   // "mail me the Excel export of …": the opening "mail" is the order; the export is what it carries
        }
        if (first != null && Words.VERBS.contains(first) && all.get(0).endsWith("e") && concepts.contains(first)) {
            return first;   // « récupère dans Salesforce les comptes créés… »: a clause that opens on "-e" opens on an order
        }
        java.util.regex.Matcher passive = PASSIVE.matcher(text);
        while (passive.find()) {
            String c = Words.concept(passive.group(1));
            if (c != null && Words.VERBS.contains(c)) {
                return c;   // "the custom export to be saved in Drive": the verb after "be" is the order, not the noun "export"
            }
        }
        for (int i = 0; i < concepts.size(); i++) {
            String c = concepts.get(i);
            if (Words.VERBS.contains(c) && (Verbs.isInfinitive(words.get(i)) || Verbs.takesObject(text, words.get(i)))) {
                return c;
            }
        }
        boolean otherVerb = concepts.stream().anyMatch(Words.VERBS::contains);
        for (int i = 0; i < concepts.size(); i++) {
            int w = all.indexOf(words.get(i));
            boolean means = w > 0 && BY.contains(all.get(w - 1));
            if ((concepts.get(i).equals("email") || concepts.get(i).equals("message")) && !(means && otherVerb)) {
                return "send";   // "mail them", "a note on Slack"; "looks them up by email" says how it is found, not a sending
            }
        }
        for (int i = 0; i < concepts.size(); i++) {
            int w = all.indexOf(words.get(i));
            boolean adjective = w > 0 && all.get(w - 1).equals("the");   // « les dépose »: in French the article is a pronoun
            // "the lawyer checks it": what a person does; "it creates the client", "… and creates it": what the flow does
            boolean someone = Verbs.isPresent(words.get(i)) && w > 0 && !FLOW.contains(all.get(w - 1));
            if (Words.VERBS.contains(concepts.get(i)) && !adjective && !someone) {
                return concepts.get(i);   // "the PDF uploaded", "qu'un ticket soit ouvert": a passive order ("the formatted date" is none)
            }
        }
        return null;
    }

    /** The clause speaks of a file ("the PDF", "the export"); "the link of the file" sends where it is, not the file. */
    boolean saysFile() {
        for (int i = 0; i < concepts.size(); i++) {
            String c = concepts.get(i);
            if ((c.equals("file") || c.equals("pdf") || c.equals("export")) && (i == 0 || !concepts.get(i - 1).equals("link"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The concepts the step is chosen by: the verb and its objects, without "wait", without participles that only
     * describe ("who changed it") and, with {@code headsOnly}, without complements ("of the form").
     */
    List<String> objects(String verb, boolean headsOnly) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < concepts.size(); i++) {
            String c = concepts.get(i);
            boolean participle = !c.equals(verb) && Words.VERBS.contains(c) && !Verbs.isInfinitive(words.get(i));
            // "all of today's submissions", "la liste des tickets": how many, not what is read
            boolean quantifier = headsOnly && (c.equals("all") || c.equals("tout") || c.equals("list"));
            if (!c.equals("wait") && !participle && !quantifier && !(headsOnly && complements.contains(i))) {
                out.add(c);
            }
            if (c.equals("finish") && !Verbs.isInfinitive(words.get(i)) && i > 0 && !Words.VERBS.contains(concepts.get(i - 1)) && !out.contains("data")
                    && !concepts.contains("statistic")) {   // "statistics of the forms filled": counted, not read
                out.add("data");   // "the readings filled in today", « les relevés saisis »: what people fill in are a form's data
            }
        }
        return out;
    }
}
