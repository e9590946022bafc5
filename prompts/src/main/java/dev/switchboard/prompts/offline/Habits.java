package dev.switchboard.prompts.offline;

import dev.switchboard.prompts.offline.Clauses.Part;
import dev.switchboard.prompts.offline.Clauses.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What people already do, said before the event: "The bureau uploads the payslips to our Dropbox folder. Whenever a
 * new file appears there, …", « Les gouvernantes remplissent le formulaire Kizeo après chaque chambre. Quand elles
 * cochent… ». A subject then its verb, before an event said with "when" or « à chaque », orders no step: it tells where
 * the event happens (its app is the context's).
 *
 * <pre>{@code
 * Habits.told(parts, plain);   // [ACTION "the bureau uploads the pdfs to dropbox", TRIGGER "whenever a new file…", …] → CONTEXT, TRIGGER, …
 * }</pre>
 */
final class Habits {

    /** A determiner, one to three words of the subject, then the word that may be its verb. */
    private static final Set<String> OFTEN = Set.of("sometimes", "often", "usually", "generally", "normally", "parfois", "souvent",
            "normalement");
    private static final Set<String> ENGLISH_DETERMINERS = Set.of("the", "our", "my", "their");
    private static final Set<String> DETERMINERS = Set.of("the", "our", "my", "their", "le", "la", "les", "l", "nos", "notre", "mes",
            "mon", "ma", "ces", "leur", "leurs");

    /** Modal verbs: "the form must be…", « les agents doivent… » ask for something, they tell no habit. */
    private static final Set<String> MODALS = Set.of("should", "must", "need", "needs", "will", "would", "can", "could", "shall",
            "doit", "doivent", "devrait", "devraient", "veut", "veulent", "peut", "peuvent", "va", "vont");

    /** French nouns ending like a verb of the third person plural. */
    private static final Set<String> ENT_NOUNS = Set.of("moment", "client", "agent", "parent", "document", "incident", "paiement",
            "evenement", "element", "departement", "equipement", "batiment", "appartement", "etudiant", "patient", "president",
            "resident", "adherent", "accident", "argent", "contenu", "montant", "commentaire");

    private Habits() {
    }

    /** "IT log payroll bugs in Jira", "H&S book inductions in the calendar": a team, then what it does (the verb's plain form). */
    private static final Pattern TEAM_DOES = Pattern.compile("^(?:it|hr|h&s|hse|ops|sales|finance|marketing|support|legal|accounting|"
            + "procurement|qa|dev|devs|admin|recruitment|dispatch|rh|la compta|la direction)\\s+([a-z]+)\\b");

    /** What a team does, told before the event ("Each time a new event is added, …"), says where things are; no step. */
    static List<Part> teamsAtWork(List<Part> parts) {
        List<Part> out = new ArrayList<>(parts);
        int event = parts.stream().map(Part::role).toList().indexOf(Role.TRIGGER);
        for (int i = 0; i < event; i++) {
            Matcher does = TEAM_DOES.matcher(out.get(i).text());
            if (out.get(i).role() == Role.ACTION && does.lookingAt() && !does.group(1).endsWith("s")
                    && Words.VERBS.contains(String.valueOf(Words.concept(does.group(1))))) {
                out.set(i, new Part(Role.CONTEXT, out.get(i).text()));
            }
        }
        return out;
    }

    /** @param plain the text the parts were cut from: what follows a habit in its sentence ("… and edit it") is the habit too */
    static List<Part> told(List<Part> parts, String plain) {
        int event = -1;
        for (int i = 0; i < parts.size() && event < 0; i++) {
            if (parts.get(i).role() == Role.TRIGGER && (Clauses.isEventPhrase(parts.get(i).text()) || EACH_NEW.matcher(parts.get(i).text()).lookingAt())) {
                event = i;
            }
        }
        if (event < 0 && parts.stream().noneMatch(p -> p.role() == Role.TRIGGER)) {
            return formFilled(parts);
        }
        if (event == 0) {
            return parts;
        }
        List<Part> out = new ArrayList<>(parts);
        if (event > 0 && THAT_HAPPENS.matcher(parts.get(event).text()).matches() && parts.get(event - 1).role() != Role.TRIGGER) {
            // "Sometimes inspectors edit an inspection they sent. When that happens, …": the event is what was just told
            StringBuilder story = new StringBuilder("when");
            for (int i = event - 1; i >= 0 && parts.get(i).role() != Role.TRIGGER && (i == event - 1 || habit(parts.get(i).text())
                    || parts.get(i + 1).role() == parts.get(i).role()); i--) {
                story.insert(4, " " + parts.get(i).text());
                if (habit(parts.get(i).text())) {
                    break;
                }
            }
            out.set(event, new Part(Role.TRIGGER, story.toString()));
        }
        int[] sentence = GuardReach.sentences(parts, plain);
        Part before = event > 0 ? parts.get(event - 1) : null;
        if (before != null && before.role() != Role.TRIGGER && habit(before.text()) && sentence[event] >= 0 && sentence[event] == sentence[event - 1]
                && event + 1 < parts.size() && EACH_OF_THEM.matcher(parts.get(event + 1).text()).lookingAt()) {
            // « Les usagers écrivent à X quand ils ont une panne. Chaque mail crée un incident » : the "when" belongs to the
            // habit, whose outcome ("each mail") starts the flow
            out.set(event - 1, new Part(Role.TRIGGER, "when " + before.text()));
            out.set(event, new Part(Role.CONTEXT, parts.get(event).text()));
            return out;
        }
        int told = -2;
        for (int i = 0; i < event; i++) {
            Part p = parts.get(i);
            if (p.role() == Role.ACTION && (habit(p.text()) || sentence[i] >= 0 && sentence[i] == told)) {
                out.set(i, new Part(Role.CONTEXT, p.text()));
                told = sentence[i];
            } else if (p.role() == Role.CONTEXT && habit(p.text())) {
                told = sentence[i];
            }
        }
        return out;
    }

    /**
     * "Suppliers drop…", "Technicians fill in…": a plural noun that names no order, then a verb of the present (no -s,
     * no -ed): people and what they do.
     */
    private static boolean bareSubject(String subject, String verb) {
        String concept = String.valueOf(Words.concept(verb));
        return (subject.matches("[a-z]{4,}s") && !subject.endsWith("ss") && Words.concept(subject) == null && !Verbs.isInfinitive(subject)
                || PEOPLE.contains(subject)) && !verb.endsWith("s") && !verb.endsWith("ed") && !verb.endsWith("ing")
                && (Words.VERBS.contains(concept) || concept.equals("finish") || PEOPLE.contains(subject) && Words.isKnown(verb));
    }

    /** Words for people that take no plural -s. */
    private static final Set<String> PEOPLE = Set.of("people", "staff", "folks");

    /** "field staff use Kizeo Forms", « les agents utilisent Kizeo »: who uses which app. */
    private static final Pattern USES = Pattern.compile("(?:[a-z-]+\\s+){1,3}?(?:use|uses|utilise|"
            + "utilisent|work with|works with|travaille avec|travaillent avec|rely on|relies on)\\s");

    /**
     * Whether a part said before any event only sets the scene: who uses which app ("field staff use Kizeo Forms"), the
     * work as done today ({@link #doneToday}), or when a person starts a flow run by hand ("a button I click on Fridays").
     */
    static boolean setting(String text, List<Part> parts) {
        boolean verbless = Verbs.verbAfter(text, 0) < 0 && Verbs.startsWithVerb(text) < 0;
        boolean byHand = parts.stream().anyMatch(p -> p.text().matches("(?:.*\\s)?manual flow(?:\\s.*)?"));
        return verbless && byHand && Timing.isRecurring(text) && !Clauses.isEventPhrase(text)
                || verbless && USES.matcher(text).lookingAt() || doneToday(text);
    }

    /** "when that happens", « quand ça arrive »: the event is the one just told. */
    private static final Pattern THAT_HAPPENS = Pattern.compile("\\s*(?:(?:when|whenever|each time|"
            + "every time|quand|lorsque|lorsqu|chaque fois qu|a chaque fois qu)\\s+(?:that|this|it|ca|cela|c)\\s+(?:happens|occurs|"
            + "arrive|se produit|est le cas))\\s*");

    /** Words that open a message before what it tells: "hey so", "ok", « alors », « bon ben ». */
    private static final Pattern OPENING_WORDS = Pattern.compile("^\\s*(?:(?:hey|hi|hello|ok|okay|so|well|alors|bon|ben|donc|bref)\\s+)+");

    /** "right now", « actuellement »: what follows is how the work is done before the flow. */
    private static final Pattern NOWADAYS = Pattern.compile("\\s*(?:right now|currently|at the moment|"
            + "today|nowadays|for now|until now|so far|at present|actuellement|aujourd hui|en ce moment|pour l instant|pour le moment|"
            + "jusqu ici|jusqu a present|pour l heure)\\s*,?\\s+");
    private static final Pattern BY_HAND = Pattern.compile("\\b(?:by hand|manually|a la main|"
            + "manuellement)\\b");

    /** "someone keeps deleting records", « quelqu'un n'arrête pas de supprimer… »: what keeps happening, told as the reason. */
    private static final Pattern KEEPS_DOING = Pattern.compile("\\s*(?:someone|somebody|people|users|techs|quelqu un|des gens|"
            + "les gens|certains|(?:the|our|les|nos)\\s+[a-z]+s)\\s+(?:keeps?\\s+[a-z]+ing|n arretent? pas de|continuent? de|continuent? a)\\b");

    /** "Someone deleted an inspection last week", « hier un technicien a supprimé… »: what happened once, told as a story. */
    private static final Pattern PAST = Pattern.compile("\\b(?:last (?:week|month|year|time)|yesterday|"
            + "the other day|a few (?:days|weeks) ago|la semaine derniere|le mois dernier|l an dernier|hier|l autre jour|"
            + "la derniere fois|il y a quelques (?:jours|semaines))\\b(?!\\s+s\\b)");
    /** A verb of the past: "deleted", « a supprimé », « ont oublié ». */
    private static final Pattern DONE = Pattern.compile("\\b[a-z]{3,}ed\\b|\\b(?:a|ont|avons|avez|ai)\\s+"
            + "(?:[a-z]+\\s+)?[a-z]{3,}(?:e|ee|es|i|is|it|u|us)\\b");

    /**
     * "Right now our office manager downloads each audit every evening and emails it by hand": the work the flow will do,
     * as people do it today; no step, no schedule (its "every evening" is theirs).
     */
    static boolean doneToday(String text) {
        Matcher now = NOWADAYS.matcher(text);
        // « aujourd'hui Nathalie ressaisit tout le lundi »: after "today", anything but an order tells how it is done now
        boolean toldNow = now.lookingAt() && Verbs.startsWithVerb(text.substring(now.end())) < 0 && !Clauses.isEventPhrase(text);
        return KEEPS_DOING.matcher(text).lookingAt() || toldNow || (now.lookingAt() || BY_HAND.matcher(text).find()) && habit(text)
                || PAST.matcher(text).find() && DONE.matcher(text).find() && !Clauses.isEventPhrase(text) && !text.isBlank()
                        && !Words.VERBS.contains(String.valueOf(Words.concept(Words.words(text).get(0))));
    }

    /** "by the form", « par le formulaire Google », "the Kizeo form": what people fill in. */
    private static final Pattern FORM = Pattern.compile("\\b(?:form|forms|formulaire|formulaires|"
            + "checklist|checklists|fiche|fiches)\\b");

    /**
     * « Les profs font leur demande par le formulaire Google « Excursion ». La demande doit être validée… »: with no event
     * said, people filling in a form is the event.
     */
    private static List<Part> formFilled(List<Part> parts) {
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            if (p.role() == Role.ACTION && habit(p.text()) && i + 1 < parts.size() && EACH_OF_THEM.matcher(parts.get(i + 1).text()).find()) {
                // "people post problems in #facilities on Slack. Can each message open an incident?": what they do is the event
                List<Part> out = new ArrayList<>(parts);
                out.set(i, new Part(Role.TRIGGER, "when " + p.text()));
                return out;
            }
            // "the checklist in Kizeo has a 'screen' question; if answered KO, …": a test on the answers of a form
            boolean tested = i + 1 < parts.size() && parts.get(i + 1).role() == Role.CONDITION && ASKED.matcher(p.text()).find();
            if ((p.role() == Role.ACTION || p.role() == Role.CONTEXT) && (habit(p.text()) || tested) && FORM.matcher(p.text()).find()) {
                List<Part> out = new ArrayList<>(parts);
                out.set(i, new Part(Role.TRIGGER, p.text() + " submitted"));
                return out;
            }
            Matcher done = p.role() == Role.CONDITION ? COMPLETED.matcher(p.text()) : null;
            if (done != null && done.find()) {
                // "if any answer in a completed check is 'KO', …": the test is on a form handed in, which is the event
                List<Part> out = new ArrayList<>(parts);
                out.add(i, new Part(Role.TRIGGER, "when " + done.group().strip()));
                return out;
            }
            if (p.role() != Role.CONTEXT && p.role() != Role.ACTION && p.role() != Role.CONDITION) {
                break;
            }
        }
        return parts;
    }

    /** "every new one", « chaque nouveau fichier »: an event said by the things it brings. */
    private static final Pattern EACH_NEW = Pattern.compile("\\s*(?:each|every|any|chaque|tout|toute)\\s+(?:new|nouvel|nouvelle|nouveau)\\b");

    /** "can each message open…", "copy every one of them": the next order acts on each thing the habit gives. */
    private static final Pattern EACH_OF_THEM = Pattern.compile("(?:^|\\s)(?:each|every|chaque)\\s+(?!(?:day|week|month|morning|evening|night|"
            + "jour|semaine|mois|matin|soir)\\b)[a-z]+\\b");

    /** "a completed check", « une fiche terminée »: a thing handed in, named in a test. */
    private static final Pattern COMPLETED = Pattern.compile("\\b(?:a|an|the|each|every|any|une?|la|le|chaque)\\s+"
            + "(?:(?:completed|finished|submitted|filled in|filled)\\s+[a-z]+|[a-z]+\\s+(?:terminee?|soumise?|remplie?|envoyee?))\\b");

    /** What a form asks: "has a 'screen' question", « contient une case à cocher ». */
    private static final Pattern ASKED = Pattern.compile("\\b(?:question|questions|field|fields|"
            + "checkbox|box|champ|champs|case|cases)\\b");

    /**
     * Whether the text opens on a subject (after a determiner, or after "sometimes" / « parfois ») and then its verb of the
     * third person: "the bureau uploads", « le personnel signale », "Sometimes foremen edit", « les parents remplissent ».
     */
    static boolean habit(String text) {
        text = OPENING_WORDS.matcher(text).replaceFirst("");   // "hey so the scanner drops files…"
        Matcher now = NOWADAYS.matcher(text);
        if (now.lookingAt()) {
            text = text.substring(now.end());   // "right now our office manager downloads…": how it is done today
        }
        List<String> words = Words.words(text);
        int at = 0;
        boolean often = !words.isEmpty() && OFTEN.contains(words.get(0));
        at += often ? 1 : 0;
        String det = at < words.size() && DETERMINERS.contains(words.get(at)) ? words.get(at) : null;
        at += det != null ? 1 : 0;
        if (det == null && !often && words.size() > 2 && bareSubject(words.get(0), words.get(1))) {
            return true;   // "suppliers drop their packing lists in the folder": people, then what they do
        }
        // « les alertes de la GTB arrivent… »: a plural after a determiner is the subject, whatever verb it looks like
        // and after "the", "our", "my", "their" comes a noun: "the copier drops scans…"
        boolean plural = det != null && at < words.size() && (words.get(at).matches("[a-z]{3,}s") || ENGLISH_DETERMINERS.contains(det));
        if (det == null && !often || at >= words.size() || !plural && Words.VERBS.contains(String.valueOf(Words.concept(words.get(at))))) {
            return false;   // "send the report", « les envoie sur Slack »: an order
        }
        // « les agents techniques de la mairie remplissent », « les alertes de la GTB arrivent »: the subject's complement
        int reach = words.size() > at + 2 && (Set.of("de", "du", "des", "of").contains(words.get(at + 2))
                || Set.of("de", "du", "des", "of").contains(words.get(at + 1))) ? 5 : 3;
        for (int k = at + 1; k <= at + reach && k < words.size(); k++) {
            String verb = words.get(k);
            if (MODALS.contains(verb)) {
                return false;   // "the form must be…": asked for, not done
            }
            boolean french = verb.endsWith("ent") && verb.length() > 4 && !ENT_NOUNS.contains(verb) || verb.equals("font");
            String concept = String.valueOf(Words.concept(verb));
            boolean known = Words.VERBS.contains(concept) || concept.equals("finish");   // « l'équipe remplit le formulaire »
            if (french || known && (verb.endsWith("s") || det == null || !ENGLISH_DETERMINERS.contains(det))) {
                return true;
            }
        }
        return often;   // "sometimes foremen go back and edit it": what happens at times, not an order
    }
}
