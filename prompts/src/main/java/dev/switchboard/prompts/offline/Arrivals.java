package dev.switchboard.prompts.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Events said as a statement rather than after "when" (also "if a new X…", "N days after X", "X should become Y"): what arrives, comes in or is posted somewhere
 * ("Requests come in by email, in the Outlook folder 'X'", « les commandes arrivent via un webhook »,
 * "orders are posted by our shop to a webhook"). Users describe where their inputs come from in a
 * sentence of its own, before or after the order; that sentence is the flow's event.
 *
 * <pre>{@code
 * Arrivals.apply(parts);   // [ACTION "orders arrive via a webhook", FOR_EACH "order", ACTION "add…"] → [TRIGGER "webhook", ACTION "add…"]
 * }</pre>
 */
final class Arrivals {

    /** A verb of arriving, then (a few words later) the channel it comes by. */
    private static final Pattern ARRIVE = Pattern.compile("\\s(?:arrive|arrives|arriving|come in|comes in|coming in|come through|"
            + "comes through|land|lands|show up|shows up|pour in|pours in|drop in|drops in|are received|is received|get received|"
            + "arrivent|parvient|parviennent|est recue?|sont recue?s|nous parvien\\w*|rentrent|entrent)"
            + "(?:\\s+\\S+){0,4}?\\s+(?:via|by|through|on|in|into|from|at|par|sur|dans|depuis|en|chez)\\s"
            // "requests come into our Gmail": the place follows at once
            + "|\\s(?:come|comes|coming) into\\s");
    /** "…are posted by our intranet to a webhook", "… POSTs to a URL of yours": another system calls the flow. */
    private static final Pattern TO_HOOK = Pattern.compile("\\s(?:(?:are|is|get|gets|sont|est)\\s+(?:posted|sent|pushed|"
            + "submitted|forwarded|envoyee?s?|postee?s?|poussee?s?|transmise?s?)|zlit\\d+|arrive|arrives|arrivent|come in|comes in|"
            + "land|lands|reach us|reaches us|reach|reaches)\\s(?:.*\\s)?(?:to|on|at|via|through|by|as|sur|vers|a|par)\\s+(?:a|an|our|the|your|un|une|notre|le|la|l|votre)?"
            + "\\s*(?:webhook|url|endpoint)\\b");

    /** "our ERP calls a webhook", « on appelle l'URL du webhook », "a partner POSTs us JSON": another system calls the flow. */
    static final Pattern WEBHOOK_CALLED = Pattern.compile("\\b(?:calls?|will call|can call|posts?|will post|can post|"
            // "Chargebee will POST to a hook URL": the HTTP method (a literal by then) said as what another system will do
            + "(?:will|can|va|vont|peut)\\s+zlit\\d+|"
            + "sends?|will send|hits?|will hit|pushe?s?|appel|appelle|appellera|appelleront|peut appeler|poste|postera|envoie|enverra|pousse|"
            + "envoyer|envoient|enverront)\\s+"
            // "posts every new invoice to a webhook": what is sent may come between the verb and the hook
            + "(?:(?:[a-z0-9_-]+\\s+){0,8}?(?:to|a|sur|vers|on|par|via|by|through|en)\\s+)?(?:a|an|our|the|un|une|notre|le|la|l)?\\s*(?:(?:appel|call|requete|request|notification)\\s+)?(?:hook\\s+)?(?:webhook|url|endpoint)"
            // « on appelle l'URL du webhook », "calls the URL of our webhook": the address and whose it is
            + "(?:\\s+(?:du|de|of)\\s+(?:the|our|this|notre|ce|mon|my)?\\s*(?:webhook|flux|flow))?\\b"
            // "a partner POSTs us JSON": posting a payload is calling the flow, whatever the address is called
            + "|\\bposts?\\s+(?:us\\s+|you\\s+|nous\\s+)?(?:a\\s+|an\\s+|some\\s+|its\\s+|their\\s+|un\\s+|du\\s+)?(?:json|payload|xml)\\b"
            // « notre extranet envoie un POST à chaque déclaration »: a request sent at each event is a call of the flow
            + "|\\b(?:envoie|envoient|sends?|fait|font|makes?|does)\\s+(?:un|une|a|an)\\s+zlit\\d+(?=\\s+(?:a chaque|chaque|each|every|"
            + "for each|for every|whenever|when|quand|lorsqu\\w*|des qu\\w*|on each|on every)\\b)");
    /** « un webhook reçoit les inscriptions », "an endpoint receives…": the flow's address is the subject of receiving. */
    static final Pattern HOOK_RECEIVES = Pattern.compile("^(?:a|an|our|the|un|une|notre|le|la|l)?\\s*(?:webhook|endpoint)"
            + "(?:\\s+\\S+){0,2}?\\s+(?:receives?|will receive|gets|recoit|recevra|recupere)\\b");

    /**
     * "give me a webhook URL for…", « crée-moi un webhook : … », "incoming webhook whose body…": the flow's own address,
     * asked for or named as a noun, is what starts the flow; the words before it ask for it and order no step.
     */
    private static final Pattern HOOK_ASKED = Pattern.compile("^(?:(?:give|create|make|build|set up|setup|need|want|i need|we need|"
            + "i want|we want|i d like|i would like|donne|donnez|cree|creez|creer|fais|faites|mets en place|configure|"
            + "il (?:me|nous) faut|je veux|je voudrais|j aimerais|on veut|nous voulons)\\s+(?:me\\s+|moi\\s+|us\\s+|nous\\s+)?)?"
            + "(?:a|an|our|the|un|une|notre|le|l|mon|my|one)?\\s*(?:single\\s+|seul\\s+|seule\\s+)?(?:new\\s+|nouvel\\s+)?(?:incoming\\s+|inbound\\s+)?"
            // "one Kizeo webhook for…", « un seul webhook Kizeo pour… »: an app's own webhook, its events said after it
            + "(?:(?<owner>[a-z]{3,})\\s+)?webhook\\b(?=(?:\\s+(?<after>[a-z]{3,})\\b)?)");

    private static final Pattern RELATIVE_ORDER = Pattern.compile("^\\s*(?:that|which|qui)\\s+([a-z]+)");

    /** Where the order after a webhook asked for or named starts; -1 when the clause says only the webhook, -2 when it names none. */
    static int hookAsked(String text) {
        java.util.regex.Matcher asked = HOOK_ASKED.matcher(text);
        if (!asked.find()) {
            return -2;
        }
        java.util.regex.Matcher does = RELATIVE_ORDER.matcher(text.substring(asked.end()));
        if (does.find() && Words.VERBS.contains(String.valueOf(Words.concept(does.group(1))))) {
            return asked.end() + does.start(1);   // "a webhook that parses the body…": what it does are the steps
        }
        int verb = Verbs.verbAfter(text.substring(asked.end()), 0);
        return verb < 0 ? -1 : asked.end() + verb;
    }

    /** Words next to "webhook" that name no app. */
    private static final Set<String> NOT_OWNER = Set.of("url", "that", "which", "qui", "for", "pour", "with", "avec", "sur", "from", "des",
            "les", "the", "and", "then", "puis", "receives", "recoit", "will", "can", "should", "que", "dont", "whose", "endpoint", "address",
            "adresse", "link", "lien", "call", "appel");

    /** "set up one Kizeo webhook covering finished and deleted events": the webhook asked for is an app's, not the flow's own. */
    static boolean appsHook(String text) {
        java.util.regex.Matcher asked = HOOK_ASKED.matcher(text);
        if (!asked.find()) {
            return false;
        }
        String owner = asked.group("owner") != null ? asked.group("owner") : asked.group("after");
        return owner != null && !NOT_OWNER.contains(owner) && !Words.isKnown(owner);
    }

    /** "it sends a JSON", « ils nous envoient le numéro »: the caller, said by its pronoun, and what it sends. */
    private static final Pattern CALLER_SENDS = Pattern.compile("\\s*(?:il|ils|elle|elles|it|they)\\s+(?:nous\\s+|us\\s+)?(?:envoie|"
            + "envoient|sends|send|poste|postent|posts|post|transmet|transmettent|fournit|fournissent|gives|give|includes|contient|contiennent)\\b");

    /** Right after a webhook asked for, a sentence whose subject is ours ("our shop sends…") says who calls it. */
    static boolean callerOfHook(java.util.List<Clauses.Part> parts, String text) {
        // « Webhook : quand notre site envoie une souscription, … »: after the webhook, "when" our system sends is who calls it
        String said = text.replaceFirst("^(?:when|whenever|each time|every time|quand|lorsque|lorsqu|des que|a chaque fois que|chaque fois que)\\s+", "");
        return parts.size() == 1 && parts.get(0).text().equals("webhook") && (Asides.OUR_PEOPLE.matcher(said).find()
                || CALLER_SENDS.matcher(said).lookingAt());   // « il envoie un JSON (chauffeur, adresse) »: what the caller sends
    }

    private static final Set<String> PLACE_WORDS = Set.of("in", "on", "into", "sur", "dans");

    /** "message posted in #help", « fichier ajouté au dossier »: a noun, then a participle of an order (what happened), no order. */
    static boolean happened(String rest) {
        if (WE_GET.matcher(rest).lookingAt()) {
            return true;   // "for every email we get in Outlook", « pour chaque mail qu'on reçoit »: what comes to us
        }
        if (COMES_IN.matcher(rest).lookingAt()) {
            return true;   // « pour chaque mail qui arrive », "for each file that lands there": what arrives
        }
        if (Verbs.verbAfter(rest, 0) >= 0) {
            return false;
        }
        // "message posted in #help", « rapport d'intervention terminé »: a participle among the words after the noun
        List<String> words = Words.words(rest);
        for (int i = 1; i < Math.min(words.size(), 7); i++) {
            String w = words.get(i);
            if (i >= 4 && (i + 1 >= words.size() || !PLACE_WORDS.contains(words.get(i + 1)))) {
                continue;   // « chaque déclaration d'accident du travail enregistrée sur Kizeo »: further on, only before its place
            }
            // with no order in the words, « terminé » (plain "termine") after the noun is the participle, not the imperative
            String concept = String.valueOf(Words.concept(w));
            if (w.matches("[a-z]+") && (w.endsWith("ed") || w.matches(".*(?:e|es)$") || !Verbs.isInfinitive(w))
                    && (Words.VERBS.contains(concept) || concept.equals("finish") || concept.equals("receive"))) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern COMES_IN = Pattern.compile("(?:\\S+\\s+){1,3}?(?:qui|that|which)\\s+(?:arrive|arrivent|arrives|"
            + "comes? in|lands?|rentre|rentrent|tombe|tombent)\\b");
    private static final Pattern WE_GET = Pattern.compile("(?:\\S+\\s+){1,3}?(?:that\\s+|que\\s+|qu\\s+)?(?:we|i|you|nous|on|je|vous)\\s+"
            + "(?:get|receive|recevons|recoit|recois|recevez)\\b");

    /** "new rows of the sheet should be added to the CRM", "each answer must be added…": the subject is the event, the rest the order. */
    private static final Pattern PASSIVE_ORDER = Pattern.compile("^((?:any |all |the |every |each |les |des |chaque |tout |toute |tous les |toutes les )?"
            + "(?:new|nouvel|nouvelle|nouveau|nouveaux|nouvelles)\\s.+?|(?:every|each|any|chaque|tout|toute)\\s.+?"
            // "messages landing in the folder X should be …", « les fichiers arrivant dans … doivent être … »: what arrives
            + "|\\S+(?:\\s\\S+)?\\s(?:landing|arriving|coming in|coming into|showing up|dropped|that lands?|that arrives?|that comes? in|"
            + "arrivant|qui arrivent|qui arrive|deposes?|deposees?)\\s(?:in|into|on|at|dans|sur|en)\\s.+?)\\s(?:(?:should|must|need to|needs to|"
            + "have to|has to|doivent|doit|devraient|devrait|vont|va)\\s(?:be|etre|also be|aussi etre)"
            // "every new answer gets added to the sheet": "gets" before a participle is the passive of an order too
            + "|(?:gets|get|also gets)(?=\\s[a-z]+(?:ed|en)\\s)"
            // « (faire en sorte que) chaque courriel reçu soit relayé… »: the subjunctive passive of an order
            + "|(?:soit|soient)(?=\\s[a-z]+(?:e|ee|es|ees|i|ie|is|ies|u|ue|us|ues|t|te|ts|tes)\\s))\\s(.+)$");
    /** "e-mails labelled X in Gmail should become Jira issues", « chaque réponse doit devenir une fiche »: the subject is the event. */
    private static final Pattern BECOMES = Pattern.compile("^(.+?)\\s(?:should|must|shall|will|need to|needs to|have to|has to|doivent|doit|"
            + "devraient|devrait|vont|va)\\s(?:(become|turn into|be turned into|be converted into|be made into)|(devenir|etre transformee?s? en|"
            + "se transformer en|donner lieu a))\\s(.+)$");
    private static final Pattern ENDS_UP = Pattern.compile("^(.+?)\\s(?:should|must|shall|will|need to|needs to|has to|have to|doivent|doit|"
            + "devraient|devrait|vont|va)\\s(?:also\\s|aussi\\s)?(end up|wind up|land|show up|appear|se retrouver|finir|atterrir|apparaitre)"
            + "\\s(as|in|into|on|en|dans|sur|comme)\\s(.+)$");
    /** "every submission of that form should open an incident", « chaque réponse doit créer une carte »: each one is the event. */
    private static final Pattern ACTIVE_ORDER = Pattern.compile("^((?:every|each|chaque|toute|tout)\\s(?:\\S+\\s+){1,14}?)(?:should|must|shall|"
            + "will|needs to|has to|doit|devra|devrait)\\s(.+)$");
    /** "equipment failure reports from Kizeo with severity = High should open an incident": things that come from somewhere. */
    private static final Pattern FROM_APP_ORDER = Pattern.compile("^((?:(?:all|any|the|new)\\s+)?(?:[a-z0-9_-]+\\s+){0,3}?[a-z]+s\\s+"
            + "(?:from|coming from|in|on|de|du|des|dans|sur|venant de)\\s(?:\\S+\\s+){0,10}?)(?:should|must|shall|will|need to|have to|doivent"
            + "|devront|devraient)\\s+(?:(?:automatically|automatiquement|also|aussi)\\s+)?(.+)$");
    /** "three days after a form is completed, …": the event, then a wait. */
    private static final Pattern AFTER = Pattern.compile("^((?:\\d{1,3}|a|an|one|two|three|four|five|six|seven|ten|un|une|deux|trois|"
            + "quatre|cinq|six|sept|dix)\\s+(?:minutes?|hours?|days?|weeks?|heures?|jours?|semaines?))\\s+(after|apres|following|suivant)\\s+(.+)$");

    /** ", with the subject as summary", « avec l'objet comme résumé »: which field goes where, no order of its own. */
    static final Pattern MAPPING = Pattern.compile("^(?:with|avec|using|en utilisant|and|et)\\s(?:(?!\\s(?:as|comme)\\s).)+\\s(?:as|comme|en tant que)\\s");
    /** A relative clause of the event ("that shows up", « qui arrive ») goes on with its place ("in the folder X"). */
    private static final Pattern RELATIVE = Pattern.compile("\\s(?:that|which|qui)\\s\\S+(?:\\s(?:up|in))?\\s*$");
    private static final Pattern PLACE = Pattern.compile("^\\s*(?:in|on|at|into|dans|sur)\\s+(?:(?!(?:to|into|onto|vers|au|a|and|et|then|puis)\\s)\\S+\\s+){1,6}?"
            // « … dans le dossier X soit copié dans Dropbox »: the place ends where the passive order starts
            + "(?=(?:to|into|onto|vers|au|a|and|et|then|puis|soit|soient|doit|doivent|should|must|is|are|gets|get)\\s|$)");

    private static final Pattern PASSIVE_NEXT = Pattern.compile("(?:soit|soient|doit|doivent|should|must|is|are|gets|get)\\s");

    private static final Pattern FROM = Pattern.compile("^\\s*(?:from|de|du|des)\\s+(?:(?!(?:to|into|in|onto|on|vers|au|a|and|et|then|puis|dans|sur)\\s)\\S+\\s+){1,3}?"
            + "(?=(?:to|into|in|onto|on|vers|au|a|and|et|then|puis|dans|sur)\\s|$)");

    private Arrivals() {
    }

    /** « les prestas envoient leurs devis… », « nos techs remplissent… »: a subject, then its verb in the plural. */
    private static final Pattern HABIT_FR = Pattern.compile("^(?:les|des|nos|mes|vos|leurs|ces|ils|elles)\\s+(?:[a-z-]+\\s+){0,3}?([a-z]+ent)\\b");
    /**
     * A habit of other people said as a statement ("the sales reps create contacts in Salesforce"): with no event said
     * anywhere, what they do is the event, not an order of the flow.
     */
    static boolean habit(String text) {
        Matcher fr = HABIT_FR.matcher(text);
        if (fr.find()) {
            return isDoing(fr.group(1));
        }
        // "techs open Jira issues…", "the contractor drops the reports in…": one to three words of subject, the last a
        // plural (or the verb's own -s), then the verb in the present
        String[] w = text.strip().split("\\s+");
        if (w.length > 2 && !Words.VERBS.contains(String.valueOf(Words.concept(w[0]))) && !NOT_SUBJECT.contains(w[0]) && w[1].endsWith("s")
                && "finish".equals(Words.concept(w[1]))) {
            return true;   // "1) Passenger fills in our form": a bare noun filling something in, as a step list's first item
        }
        int from = w.length > 0 && SUBJECT_START.contains(w[0]) ? 1 : 0;
        for (int k = from; k < Math.min(w.length - 1, from + 3); k++) {
            if (w[k].matches("[a-z]{3,}s") && !NOT_SUBJECT.contains(w[k]) && !w[k].endsWith("ais") && isDoing(w[k + 1])) {
                return true;
            }
            if (k > from && w[k].matches("[a-z]{3,}s") && SUBJECT_START.contains(w[0]) && isDoing(w[k])) {
                return true;   // "the contractor drops…"
            }
        }
        return false;
    }

    private static final java.util.Set<String> SUBJECT_START = java.util.Set.of("the", "our", "all", "some", "most", "many", "my");
    private static final java.util.Set<String> NOT_SUBJECT = java.util.Set.of("this", "its", "always", "sometimes", "ils", "elles",
            "leurs", "nous", "vous", "les", "des", "ses", "mes", "tes", "nos", "vos", "ces", "was", "has", "does", "is", "as", "us");

    private static boolean isDoing(String word) {
        String concept = Words.concept(word);
        return !word.endsWith("ed") && !word.endsWith("ing") && ("finish".equals(concept) || Words.VERBS.contains(String.valueOf(concept)))
                && !"wait".equals(concept) && !"approval".equals(concept);
    }

    /** "someone deletes…", "a record is deleted…": the verb of an event that happened (its concept is checked). */
    private static final Pattern HAPPENED = Pattern.compile("(?:^(?:someone|somebody|anyone|quelqu un|on)|"
            + "\\b(?:is|are|gets|get|was|were|est|sont|has been|a ete|ont ete))\\s+(\\S+)");

    private static final java.util.Set<String> EVENT_VERBS = java.util.Set.of("create", "add", "delete", "update", "upload", "send");

    /** « un constat est terminé dans Kizeo », "a claim is finished": a subject, then the passive of an event. */
    private static boolean isHappening(String text) {
        java.util.regex.Matcher happened = HAPPENED.matcher(text);
        if (!happened.find() || happened.start() == 0 || Verbs.verbAfter(text.substring(0, happened.start()), 0) >= 0) {
            return false;
        }
        String concept = String.valueOf(Words.concept(happened.group(1)));
        return EVENT_VERBS.contains(concept) || concept.equals("finish") || concept.equals("receive");
    }

    private static final Pattern SOMEONE_DOES = Pattern.compile("^(?:a|an|the|any|one of our|un|une|le|la|l|n importe quel)\\s+"
            + "(?:[a-z]+\\s+){0,1}?[a-z]+\\s+([a-z]+)\\b");

    /** "if a technician updates a report", « si un technicien modifie une fiche »: someone does what the app's events say. */
    private static boolean someoneDoes(String rest) {
        java.util.regex.Matcher does = SOMEONE_DOES.matcher(rest);
        if (!does.find()) {
            return false;
        }
        String word = does.group(1);
        String concept = String.valueOf(Words.concept(word));
        return (EVENT_VERBS.contains(concept) || concept.equals("finish")) && !Verbs.isInfinitive(word) && !word.endsWith("ed")
                && !word.endsWith("ing");
    }

    /** "if a new form is finished", "if a webhook arrives": before any trigger, an "if" that tells what happens. */
    static boolean isEventAfterIf(String rest) {
        int verb = Verbs.verbAfter(rest, 1);
        String subject = verb > 0 ? rest.substring(0, verb) : rest;
        java.util.regex.Matcher happened = HAPPENED.matcher(subject);
        boolean eventVerb = happened.find()
                && EVENT_VERBS.contains(String.valueOf(Words.concept(happened.group(1)))); // a word with no concept is none of them
        return Clauses.NEW_AFTER_IF.matcher(rest).find() || Words.concepts(subject).contains("receive") || eventVerb || someoneDoes(rest);
    }

    /** Where the event's noun group ends: after the place a relative clause closing it says ("any new file that lands in X"). */
    static int placeEnd(String padded, int end, String group) {
        java.util.regex.Matcher from = FROM.matcher(padded.substring(end));
        if (from.find()) {
            return end + from.end();   // "log every new intervention from Kizeo in the sheet": where it comes from names the event's app
        }
        java.util.regex.Matcher place = PLACE.matcher(padded.substring(end));
        boolean placed = place.find();
        if (placed && PASSIVE_NEXT.matcher(padded.substring(end + place.end())).lookingAt()) {
            return end + place.end();   // "each new lead in Zoho CRM gets posted to #sales": the place is the subject's, the order is passive
        }
        String last = group.strip().replaceAll("^.*\\s", "");
        // "every new file uploaded in the folder X", « chaque nouveau fichier déposé dans le dossier X »: a participle, like a relative clause
        boolean participle = (last.endsWith("ed") || !Verbs.isInfinitive(last)) && Words.VERBS.contains(String.valueOf(Words.concept(last)));
        if (!RELATIVE.matcher(group).find() && !participle) {
            return end;
        }
        return placed ? end + place.end() : end;
    }

    /**
     * An event said as the subject of an order, with no "when": {@code [event, order]}, or null. "N days after EVENT, …"
     * gives {@code ["when EVENT, …", "wait N days", "after"]}: the "when" clause may go on with an order, the wait comes first.
     */
    static String[] statement(String text) {
        java.util.regex.Matcher after = AFTER.matcher(text);
        if (after.find()) {
            boolean french = after.group(2).equals("apres") || after.group(2).equals("suivant");
            return new String[] {(french ? "quand " : "when ") + after.group(3), (french ? "attendre " : "wait ") + after.group(1), "after"};
        }
        java.util.regex.Matcher passive = PASSIVE_ORDER.matcher(text);
        if (passive.find()) {
            return new String[] {passive.group(1).strip(), ordered(passive.group(2).strip())};
        }
        java.util.regex.Matcher active = ACTIVE_ORDER.matcher(text);
        if (active.find() && Verbs.startsWithVerb(active.group(2)) == 0 && !Timing.isRecurring(active.group(1))
                && Verbs.verbAfter(active.group(1), 0) < 0) {
            return new String[] {active.group(1).strip(), active.group(2).strip()};   // "every submission … should open an incident"
        }
        java.util.regex.Matcher from = FROM_APP_ORDER.matcher(text);
        if (from.find() && Verbs.startsWithVerb(from.group(2)) == 0 && !Timing.isRecurring(from.group(1))
                && Verbs.verbAfter(from.group(1), 0) < 0 && !Clauses.IF_START.matcher(text).find()) {
            return new String[] {from.group(1).strip(), from.group(2).strip()};   // "failure reports from Kizeo … should open an incident"
        }
        java.util.regex.Matcher ends = ENDS_UP.matcher(text);
        if (ends.find() && Verbs.verbAfter(ends.group(1), 0) < 0 && !Clauses.IF_START.matcher(text).find()) {
            // "anything posted in #lost should end up as a row in the sheet": where it lands is what the flow adds it to
            boolean french = ends.group(2).matches("(?:se retrouver|finir|atterrir|apparaitre).*");
            String as = ends.group(3).matches("as|en|comme") ? "" : (french ? "le " : "it ") + ends.group(3) + " ";
            return new String[] {ends.group(1).strip(), (french ? "ajouter " : "add ") + as + ends.group(4).strip()};
        }
        java.util.regex.Matcher becomes = BECOMES.matcher(text);
        if (becomes.find() && Verbs.verbAfter(becomes.group(1), 0) < 0 && !Clauses.IF_START.matcher(text).find()) {
            // what the subject becomes is what the flow creates from it
            return new String[] {becomes.group(1).strip(), (becomes.group(2) != null ? "create " : "creer ") + becomes.group(4).strip()};
        }
        return null;
    }

    private static final Pattern SCHEDULED_PASSIVE = Pattern.compile("^(.*?)\\s+((?:the|les|le|la|l|our|nos|all|tous|toutes)\\s.+?)\\s+"
            + "(?:are|is|get|gets|sont|est|soient|soit|should be|must be|will be|doivent etre|doit etre|seront|sera)\\s+([a-z]+)(\\s.*)?$");

    /**
     * "every weekday at 7:30 the rows of that tab are read and posted in #ops": {@code [schedule, orders]} with the
     * orders said actively ("get the rows of that tab and posted in #ops"), or null.
     */
    static String[] scheduledPassive(String text) {
        java.util.regex.Matcher m = SCHEDULED_PASSIVE.matcher(text);
        if (!m.find() || !Timing.isRecurring(m.group(1)) || Timing.isRecurring(m.group(2))) {
            return null;
        }
        String concept = Words.concept(m.group(3));   // after "are", "read" and "sent" are participles too
        if (concept == null || !Words.VERBS.contains(concept) || !Words.isKnown(concept)) {
            return null;   // not the participle of an order ("the rows are ready")
        }
        return new String[] {m.group(1).strip(), concept + " " + m.group(2) + (m.group(4) == null ? "" : m.group(4))};
    }

    /** "added to the sheet" → "add to the sheet": the participle of a passive order said as the order it is. */
    private static String ordered(String passive) {
        String first = passive.replaceAll("\\s.*$", "");
        String concept = Words.concept(first);
        boolean participle = first.endsWith("ed") || !Verbs.isInfinitive(first);
        return participle && concept != null && Words.VERBS.contains(concept) && Words.isKnown(concept)
                ? concept + passive.substring(first.length()) : passive;
    }

    /** "a batch of results", « une liste de commandes »: one call brings many items, so "for each" is a loop. */
    static final Pattern MANY = Pattern.compile("\\b(?:batch|batches|array|arrays|list|lists|several|multiple|many|lot|lots|"
            + "liste|listes|tableau|tableaux|table|tables|plusieurs|lot)\\b");

    /**
     * With no event yet, the first statement of arrival becomes the event; one that arrives on a webhook is the event
     * even before a "once …" clause (which then only qualifies it). A "for each X" right after it names each arrival
     * (the event brings one item at a time), so it is no loop.
     */
    static List<Clauses.Part> apply(List<Clauses.Part> parts) {
        int first = -1;
        for (int i = 0; i < parts.size() && first < 0; i++) {
            first = parts.get(i).role() == Clauses.Role.TRIGGER ? i : -1;
        }
        for (int i = 0; i < (first < 0 ? parts.size() : first); i++) {
            Clauses.Part p = parts.get(i);
            String text = " " + p.text() + " ";
            if (first < 0 && (p.role() == Clauses.Role.ACTION || p.role() == Clauses.Role.CONTEXT) && habit(p.text())
                    && !Timing.isRecurring(p.text()) && !NoStep.gives(p.text())) {
                List<Clauses.Part> out = new ArrayList<>(parts);
                out.set(i, new Clauses.Part(Clauses.Role.TRIGGER, p.text()));   // what others do in an app is what starts the flow
                return out;
            }
            if (p.role() != Clauses.Role.ACTION && p.role() != Clauses.Role.CONTEXT || Verbs.startsWithVerb(p.text()) >= 0
                    || Clauses.IF_START.matcher(p.text()).find() || Timing.isRecurring(p.text())) {
                continue;
            }
            boolean hook = TO_HOOK.matcher(text).find();
            // "Quality inspection received in Kizeo. If …": a headline of what happened, before any order, is the event
            boolean headline = first < 0 && i == 0 && p.role() == Clauses.Role.ACTION && (happened(p.text()) || isHappening(p.text()));
            if (!hook && !headline && (first >= 0 || !ARRIVE.matcher(text).find())) {
                continue;
            }
            List<Clauses.Part> out = new ArrayList<>(parts);
            out.set(i, new Clauses.Part(Clauses.Role.TRIGGER, hook ? "webhook" : p.text()));
            int next = i + 1;
            while (next < out.size() && out.get(next).role() == Clauses.Role.CONTEXT) {
                next++;
            }
            if (next < out.size() && out.get(next).role() == Clauses.Role.FOR_EACH
                    && Verbs.verbAfter(out.get(next).text(), 0) < 0 && !MANY.matcher(p.text() + " " + out.get(next).text()).find()) {
                out.remove(next);   // "… arrive on a webhook. For each request, …" (or "I want each one…"): each arrival, not a list
            }
            return out;
        }
        return parts;
    }
}
