package dev.switchboard.prompts.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a description (plain, literals masked) into the parts a flow is made of: the trigger
 * clause, action clauses, conditions ("if…", "si…", and "… if…" after an action), "otherwise"
 * / "sinon", and "for each…" / "pour chaque…" loops. Cuts at punctuation, at "then", "puis",
 * "ensuite", and at "and" / "et" when a verb follows.
 *
 * <pre>{@code
 * Clauses.split("when a card is created, post a note then wait 3 hours");
 * // [TRIGGER "when a card is created", ACTION "post a note", ACTION "wait 3 hours"]
 * }</pre>
 */
final class Clauses {

    /**
     * {@code CONTEXT}: a sentence about who asks or how they work; it adds no step but may name the trigger's app.
     * {@code LOOK}: "check the X" before a condition; a read only when the event does not carry X.
     */
    enum Role { TRIGGER, ACTION, CONDITION, ELSE, FOR_EACH, CONTEXT, LOOK }

    /** One part; {@code text} is plain. */
    record Part(Role role, String text) {
    }

    private static final String TRIGGER_START = "(when|whenever|every time|each time|any time|anytime|once|as soon as|after|on each|on every|"
            + "for every new|for each new|for any new|for new|on new|quand|lorsque|lorsqu|des que|des qu|a chaque|chaque fois|a la|au moment ou|"
            + "apres|pour chaque nouvel|pour chaque nouvelle|pour chaque nouveau|pour tout nouvel|pour toute nouvelle|"
            + "pour tout nouveau|sitot que|sitot qu|sitot|aussitot que|aussitot qu|des lors que|des lors qu|une fois que|une fois qu|"
            + "the moment|des reception|a reception|upon receipt|on receipt|upon|on receiving|at the end of|by the end of"
            // "for each mail received on Gmail", « pour chaque mail reçu »: each thing that arrives is the event
            + "|(?:for each|for every|pour chaque|pour tout|pour toute) (?=[a-z]+ (?:received|arriving|recu|recue|recus|recues)\\b)"
            // "for any event on the form's data", « à chaque événement sur… »: every event of a kind is the trigger
            + "|(?:for|on|at) (?:any|every|each) (?:event|change)|(?:pour|sur|a) (?:tout|chaque|n importe quel|n importe quelle) "
            + "(?:evenement|changement))\\b";
    static final Pattern TRIGGER_AT_START = Pattern.compile("^\\s*" + TRIGGER_START);
    private static final Pattern TRIGGER_INSIDE = Pattern.compile(
            "\\s(whenever|every time|each time|when|as soon as|chaque fois qu\\w*|a chaque fois qu\\w*|des qu\\w*|lorsqu\\w*|quand|"
            + "sitot qu\\w*|aussitot qu\\w*|une fois qu\\w*)\\s");
    private static final Pattern EVERY_NEW = Pattern.compile("\\s(?:every|each|any|all|chaque|tout|toute|tous les|toutes les)\\s+"
            // "every completed inspection": what is finished is handed in, an event as much as what is new
            + "(?:new|nouvel|nouvelle|nouveau|nouveaux|nouvelles|completed|finished|submitted)(?:\\s+(?!to\\b|in\\b|on\\b|into\\b|onto\\b|sur\\b|dans\\b|vers\\b|a\\b|au\\b|en\\b|from\\b|de\\b"
            // "each new message there should open an incident": a modal ends the noun group, the order follows
            + "|should\\b|must\\b|will\\b|shall\\b|doit\\b|doivent\\b|devra\\b|devront\\b)[a-z0-9_-]+){1,5}(?=\\s)"
            // "log every Kizeo data deletion as a row": the noun of what happened says the event too
            + "|\\s(?:every|each|any|chaque|toute)\\s+(?:[a-z0-9_-]+\\s+){0,4}(?:deletion|removal|suppression)s?(?=\\s)");
    /** "when I close payroll", « quand je clôture le mois »: a moment of the person's own work. */
    private static final Pattern MY_OWN_TIME = Pattern.compile("\\s*(?:when|whenever|each time|every time|once|quand|lorsque|lorsqu|"
            + "chaque fois que|a chaque fois que|une fois que)\\s+(?:i|we|je|j|nous|on)\\s");

    /** "HR adds every new hire to the sheet": a subject, then its verb of the present, tells what people do, no order. */
    private static boolean toldDoing(String before) {
        List<String> words = Words.words(before);
        return words.size() >= 2 && words.size() <= 4 && Verbs.isPresent(words.get(words.size() - 1))
                && !Words.VERBS.contains(String.valueOf(Words.concept(words.get(0))));
    }

    /** The mark {@link Plain} leaves where the request says the flow is started by hand, before what it is given. */
    private static final Pattern BY_HAND = Pattern.compile("\\bmanual flow\\s*$");
    /** "…, which takes her an hour": a relative clause goes on telling what the clause before it told. */
    private static final Pattern TOLD_ON = Pattern.compile("\\s*(?:which|ce qui)\\s");
    private static final Pattern FOR_EVERY_BEFORE = Pattern.compile("\\s(?:for|pour|on|upon|a|with|avec)\\s*$");
    static final Pattern NEW_WORD = Pattern.compile("\\b(?:new|nouvel|nouvelle|nouveau|nouveaux|nouvelles)\\b");
    static final Pattern NEW_AFTER_IF = Pattern.compile("^(?:a |an |any |un |une )?(?:new|nouvel|nouvelle|nouveau)\\s");
    private static final Pattern NOTHING = Pattern.compile("\\s*(?:do nothing|nothing|nothing else|ignore it|skip it|"
            + "ne rien faire|ne fais rien|ne faire rien|rien|on ne fait rien|l ignorer|ignorer)\\s*");
    private static final Pattern EACH_ONE = Pattern.compile("\\s(?:for each of them|for each one|for each|for every one of them|"
            + "each one|each of them|every one of them|pour chacun d entre eux|pour chacun d eux|pour chacune d elles|pour chacune d entre elles|pour chacun|pour chacune|"
            + "chacun d entre eux|chacune d entre elles|chacun|chacune)(?=\\s)");
    private static final Pattern THEN = Pattern.compile(
            "\\s(?:and then|and after that|after that|afterwards(?!\\s+(?:in|on|at|by|from|into)\\s)|and finally|finally|then|"
            // "before the first call" is a time, not an order done first ("before sending it", "before that" are)
            + "before(?!\\s+(?:the|a|an|its|their|our|his|her|each|every|any)\\s)|avant de|avant d|avant que|avant qu|et puis|puis|ensuite|et enfin|enfin|apres quoi)\\s");
    /** A look verb alone before "if" / « si »: "check if…", "see whether…", « regarde si… », « vérifie si… ». */
    private static final Pattern WHETHER = Pattern.compile("(?:check|look|see|verify|search|find out|regarde|regarder|verifie|verifier|controle|"
            + "cherche|chercher|recherche|rechercher)");
    /** "otherwise", « dans le cas contraire », "in all other cases": the other branch ("if not" after a check is a condition). */
    private static final String OTHER_CASE = "otherwise|sinon|or else|autrement|dans le cas contraire|dans (?:tous )?les autres cas|"
            + "in (?:all|any) other cases?";
    static final Pattern ELSE = Pattern.compile("^\\s*(?:" + OTHER_CASE + "|else)\\b\\s*");
    private static final Pattern ELSE_INSIDE = Pattern.compile("\\s(" + OTHER_CASE + ")(?=\\s|$)");
    static final Pattern IF_START = Pattern.compile("^\\s*(?:and\\s+|et\\s+|but\\s+|mais\\s+)?(?:(?:only|seulement|uniquement)\\s+"
            + "(?:when|whenever|quand|lorsqu\\w*)|(?:only\\s+|seulement\\s+|uniquement\\s+)?(?:if|si|in case|en cas de|au cas ou))\\s+");
    private static final Pattern IF_INSIDE = Pattern.compile("\\s(?:only\\s+|seulement\\s+|uniquement\\s+)?(?:if|si|in case)\\s");
    static final Pattern FOR_EACH = Pattern.compile("^\\s*(?:and\\s+|et\\s+)?(?:for each one|for each of them|for each|for every|for all the|for all|pour chacun|pour chacune|"
            + "pour chaque|pour tous les|pour toutes les|pour tout|pour toute|on each|sur chaque)\\s+");

    /** A quoted value or a number then a word: in a condition without a comma, that word may open the order. */
    private static final Pattern AFTER_VALUE = Pattern.compile("(?:" + Literals.MARK + "\\d+|[$€£]?\\d+(?:[.,]\\d+)?\\s*[$€£%]?)"
            + "\\s+(?:[a-z]+\\s+(?=[a-z]+\\s+(?:me|us|him|her|them|moi|nous|lui|leur)\\b))?([a-z]+)");   // "over 50 people email me"

    /** "also" / « aussi » / "then" inside a condition without a comma: what follows is the order it guards. */
    private static final Pattern ALSO = Pattern.compile("\\s((?:also|aussi|then|alors)\\s)");

    private static final String INPUT_NOUNS = "(?:inputs?|entrees?|parameters?|params|parametres?)";
    /** What a run is given, said before it: "input = …", "inputs: …", « en entrée … », « paramètres : … ». */
    private static final Pattern INPUTS = Pattern.compile("\\s*(?:with\\s+|avec\\s+)?(?:an?\\s+|the\\s+|(?:en|comme|les?|des)\\s+)?"
            + INPUT_NOUNS + "\\b(?!\\s+(?:of|from|to|into|du|de la|des|dans)\\b)");
    /**
     * "inputs = book title, designer email", "manual flow: given a date in dd/mm/yyyy" (see {@link Plain}): a list of what
     * the run is given, whatever words its names hold ("book", "format").
     */
    private static final Pattern INPUT_LIST = Pattern.compile("\\s*(?:" + INPUT_NOUNS + "\\s*(?:=|:)|given)\\s");

    /** ":eyes:", ":white_check_mark:": an emoji name, whose colons do not end a clause. */
    private static final Pattern EMOJI = Pattern.compile(":([a-z0-9_+-]+):");

    /**
     * Where a sentence is cut into segments: punctuation, a colon not inside a word ("10:30", "hh:mm"), a dash between
     * spaces, parentheses.
     */
    private static final String SEGMENT = "[.;!?,]+|(?<![a-z0-9]):|:(?![a-z0-9])|\\s-\\s|\\(|\\)";

    private Clauses() {
    }

    /** "When it calls, answer…", « quand il appelle » after the event: the event said again, with a pronoun. */
    private static final Pattern SAME_EVENT = Pattern.compile("(?:when|whenever|once|as soon as|each time|every time|quand|lorsqu\\w*|"
            + "des qu\\w*|chaque fois qu\\w*)\\s+(?:it|they|that|this|il|elle|ils|elles|ca|cela)\\s+[a-z]+(?:\\s+(?:in|us|back|nous))?");

    /**
     * Where the first order verb the pattern's group finds starts, or -1: "for each address it subscribes that person…"
     * (the flow, said "it", does the verb; {@link #FLOW_DOES}), « pour chaque ligne de ce tableau ajoute une ligne »
     * (a French imperative, then its object's article; {@link #IMPERATIVE_THEN_OBJECT}).
     */
    private static int orderVerbAt(Pattern pattern, String rest) {
        Matcher said = pattern.matcher(rest);
        while (said.find()) {
            String concept = Words.concept(said.group(1));
            if (concept != null && Words.VERBS.contains(concept)) {
                return said.start(1);
            }
        }
        return -1;
    }

    /** "list 'New'", « onglet 'Brut' »: a place named by its kind, with no verb, says where the order before it goes. */
    private static final Pattern PLACE_NAMED = Pattern.compile("(?:list|liste|tab|onglet|board|tableau|folder|dossier|"
            + "project|projet|column|colonne|sheet|feuille|calendar|agenda|audience|team|equipe)\\s+" + Literals.MARK + "\\d+\\b");

    /** "only keep the intrusions", « on ne garde que celles de type X » (see {@link Rephrased}): on an event, a test on it. */
    private static final Pattern KEEP_ONLY = Pattern.compile("^(?:(?:on|we|i|nous|je)\\s+)?transform to retain\\s+(.+)$");

    private static final Pattern BULLET = Pattern.compile("^[-*•]+(?:\\s+|$)");

    private static final Pattern IMPERATIVE_THEN_OBJECT = Pattern.compile("\\s([a-z]+(?:e|ez))\\s+(?:un|une|le|la|les|l|des|du)\\s");
    private static final Pattern FLOW_DOES = Pattern.compile("\\s(?:it|the flow|the automation|il|le flux)\\s+([a-z]+)");

    /** "group its users", « groupe ses utilisateurs »: an item then its own things, with no verb. */
    private static final Pattern ITS = Pattern.compile("^\\s*([a-z-]+)\\s+(?:its|their|ses|leurs)\\s+([a-z-]+(?:\\s+[a-z-]+)?)\\s*$");

    /** "get its members", « récupérer ses membres »: an order on the loop item's own things. */
    private static final Pattern GROUP = Pattern.compile("\\b(?:group|groupe)\\b");
    private static final Pattern OWN_THINGS = Pattern.compile("([a-z]+)\\s+(its|their|ses|leurs|son|sa)\\s+([a-z-]+)\\b");

    /** "for each group, get its members": the loop item's own things, said with its name ("the members of the group"). */
    private static List<Part> itemsOwn(List<Part> parts) {
        List<Part> out = new ArrayList<>(parts);
        for (int i = 1; i < out.size(); i++) {
            String item = out.get(i - 1).text().strip();
            Matcher own = OWN_THINGS.matcher(out.get(i).text().strip());
            if (out.get(i).role() != Role.ACTION || !own.lookingAt()) {
                continue;
            }
            boolean english = own.group(2).equals("its") || own.group(2).equals("their");
            Role before = out.get(i - 1).role();
            String owner = null;
            if (before == Role.FOR_EACH && item.matches("[a-z-]+")) {
                owner = item;
            } else if (before == Role.ACTION && GROUP.matcher(item).find()
                    && own.group(3).matches("members|users|membres|utilisateurs|people|agents")) {
                owner = english ? "group" : "groupe";   // "find the group called X, get its members": the group just found
            }
            if (owner != null) {
                String named = own.replaceFirst(english ? "$1 the $3 of the " + owner : "$1 les $3 du " + owner);
                out.set(i, new Part(Role.ACTION, Plain.groupUsers(named)));
            }
        }
        return out;
    }

    /** The verb word opening the last order said, if it opens with one. */
    private static String lastOrder(List<Part> parts) {
        for (int i = parts.size() - 1; i >= 0; i--) {
            if (parts.get(i).role() == Role.ACTION) {
                String first = Words.words(parts.get(i).text()).stream().findFirst().orElse("");
                return Verbs.startsWithVerb(parts.get(i).text()) == 0 ? first : null;
            }
        }
        return null;
    }

    static List<Part> split(String plain) {
        List<Part> parts = new ArrayList<>();
        java.util.Optional<String> heading = Heading.of(plain);
        if (heading.isPresent()) {
            parts.add(new Part(Role.CONTEXT, heading.get()));   // where the rest happens, no step of its own
            plain = Heading.after(plain);
        }
        List<int[]> background = new ArrayList<>();
        for (String sentence : BeforeThat.sentences(plain)) {
            if (Background.read(sentence, SEGMENT, parts, background, Clauses::role)) {
                continue;
            }
            int unless = Unless.end(sentence);
            if (unless >= 0 && Unless.guardLast(parts, Unless.condition(sentence.substring(unless)))) {
                sentence = Unless.after(sentence.substring(unless));   // "Except when they opted out, skip them."
            }
            int before = BeforeThat.end(sentence);
            int from = parts.size();
            sentence = before < 0 ? sentence : sentence.substring(before);
            for (String segment : Asides.listsJoined(Asides.out(EMOJI.matcher(sentence).replaceAll(" $1 ")).split(SEGMENT))) {
                int at = parts.size();
                for (String piece : Cuts.at(segment, ELSE_INSIDE, true)) {
                    for (String step : Cuts.at(piece, THEN, false)) {
                        role(step.strip(), parts);
                    }
                }
                if (BeforeThat.serves(segment.strip(), sentence)) {
                    BeforeThat.moveBeforeLast(parts, at);   // "post to the manager (find his account by e-mail)": done first
                } else if (parts.size() - 1 > at && BeforeThat.formattedItem(parts.get(parts.size() - 1))) {
                    BeforeThat.moveBeforeLast(parts, parts.size() - 1);   // « …, l'objet et la date au format JJ/MM/AAAA »
                }
            }
            if (before >= 0 || BeforeThat.firstAtEnd(sentence)) {
                BeforeThat.moveUp(parts, from);   // "Oh, and before that, …", "… so reformat the date first": said last, done first
            }
        }
        parts = Habits.teamsAtWork(itemsOwn(parts));
        parts = Habits.told(Arrivals.apply(Asides.describedFirst(plain, Titles.out(plain, Background.apply(parts, background)))), plain);
        boolean scheduled = parts.stream().anyMatch(p -> p.role() == Role.TRIGGER && Timing.isRecurring(p.text()) && !isEventPhrase(p.text()));
        for (int i = parts.size() - 2; i >= 0 && !scheduled; i--) {   // on a schedule nothing is in hand: checking is reading
            if (parts.get(i).role() == Role.ACTION && parts.get(i + 1).role() == Role.CONDITION
                    && Asides.LOOK_AT.matcher(parts.get(i).text()).find()) {
                parts.set(i, new Part(Role.LOOK, parts.get(i).text()));   // "check the subject: if it says…": the lead-in of the condition
            }
        }
        return Watched.callsOnce(EachOf.apply(Filters.apart(EventInOrder.guardsBefore(parts))));
    }

    private static void role(String text, List<Part> parts) {
        text = BULLET.matcher(text).replaceFirst("");   // "- if severity = major": a list's mark says nothing
        if (text.isEmpty()) {
            return;
        }
        Matcher elseStart = ELSE.matcher(text);
        if (elseStart.find()) {
            if (NOTHING.matcher(text.substring(elseStart.end())).matches()) {
                return;   // "otherwise do nothing": no else branch
            }
            parts.add(new Part(Role.ELSE, ""));
            role(text.substring(elseStart.end()), parts);
            return;
        }
        if (Words.concepts(text).isEmpty() && !Timing.isRecurring(text) && !text.matches(".*\\d.*")
                && !EACH_ONE.matcher(" " + text + " ").find()) {   // ", for each of them, …" is a loop, said apart
            return;   // "please", "je voudrais": nothing to do in it
        }
        boolean first = parts.stream().noneMatch(p -> p.role() == Role.TRIGGER);
        if (Restated.approvedAfter(parts, text)) {
            return;   // "once approved" after the approval asked for: its yes, said again
        }
        if (NoStep.says(text, !parts.isEmpty()) || SAME_EVENT.matcher(text.strip()).matches() && parts.stream().anyMatch(p -> p.role() == Role.TRIGGER)) {
            parts.add(new Part(Role.CONTEXT, text));   // "no Slack notification for now", "titre = objet du mail"
            return;
        }
        if (INPUTS.matcher(text).lookingAt() && Verbs.verbAfter(text, 0) < 0 || INPUT_LIST.matcher(text).lookingAt()) {
            parts.add(new Part(Role.CONTEXT, text));   // "input = list of emails", « en entrée un numéro… »: what the run is given
            return;
        }
        if (Arrivals.callerOfHook(parts, text)) {
            parts.add(new Part(Role.CONTEXT, text));   // "a webhook: our shop sends the order as JSON": who calls it, no step
            return;
        }
        boolean byHand = parts.stream().anyMatch(p -> p.role() == Role.CONTEXT && BY_HAND.matcher(p.text()).find());
        if (BY_HAND.matcher(text).find() || byHand && first && MY_OWN_TIME.matcher(text).lookingAt()) {
            // "for the quarterly audit, a flow I run myself": how it starts, whatever it is for; and after it, "when I close
            // payroll each month" says when the person starts it, no event
            parts.add(new Part(Role.CONTEXT, text));
            return;
        }
        boolean aside = !parts.isEmpty() && parts.get(parts.size() - 1).role() == Role.CONTEXT && TOLD_ON.matcher(text).lookingAt();
        if (first && Habits.setting(text, parts) || !first && Habits.doneToday(text) || aside) {
            parts.add(new Part(Role.CONTEXT, text));   // "field staff use Kizeo", "right now our manager downloads…": no step
            return;
        }
        if (first && (Asides.ABOUT_US.matcher(text).find() || nothingDoneYet(parts) && Asides.OUR_PEOPLE.matcher(text).find()
                && !isEventPhrase(text) && !Timing.isRecurring(text) && !IF_INSIDE.matcher(text).find()
                && !EVERY_NEW.matcher(" " + text + " ").find() && !Arrivals.WEBHOOK_CALLED.matcher(text).find())) {
            parts.add(new Part(Role.CONTEXT, text));   // "we are a cleaning company and…": who asks, not what to do
            return;
        }
        Matcher keep = KEEP_ONLY.matcher(text);
        if (keep.find() && parts.stream().anyMatch(p -> p.role() == Role.TRIGGER && !Timing.isRecurring(p.text()))
                && parts.stream().noneMatch(p -> p.role() == Role.ACTION)) {
            parts.add(new Part(Role.CONDITION, keep.group(1).strip()));   // one alarm per call: "keep only intrusions" is a test
            return;
        }
        Matcher guarded = IF_INSIDE.matcher(text);
        if (Timing.isRecurring(text) && !isEventPhrase(text) && Verbs.verbAfter(text, 0) == 0 && guarded.find()) {
            role(text.substring(0, guarded.start()).replaceAll("\\s+(and|et)$", ""), parts);   // "hit X every hour and if …"
            role(text.substring(guarded.start()).strip(), parts);
            return;
        }
        if (Timing.isRecurring(text) && !isEventPhrase(text) && Verbs.verbAfter(text, 0) == 0) {
            parts.add(new Part(Role.TRIGGER, text));   // "send a weekly report…": the order and its schedule at once
            parts.add(new Part(Role.ACTION, text));
            return;
        }
        if (!first && Timing.isRecurring(text) && !isEventPhrase(text) && Verbs.verbAfter(text, 0) < 0
                && parts.stream().anyMatch(p -> p.role() == Role.TRIGGER && Timing.isRecurring(p.text()))) {
            parts.add(new Part(Role.TRIGGER, text));   // "…, every Monday morning": more about the schedule
            return;
        }
        if (first && !parts.isEmpty() && Timing.isRecurring(text) && !isEventPhrase(text) && Verbs.verbAfter(text, 0) < 0
                && Verbs.startsWithVerb(text) < 0 && !nothingDoneYet(parts)) {
            parts.add(new Part(Role.TRIGGER, text));   // "email me the stats, on the 1st of each month at 9": the schedule said last
            return;
        }
        if (!first && moreOfTheEvent(parts, text)) {
            parts.add(new Part(Role.TRIGGER, text));   // "Outlook inbox, new mail; …": the event goes on, nothing to do yet
            return;
        }
        if (first && nothingDoneYet(parts) && Watched.WATCH.matcher(text).lookingAt()) {
            // "check regularly for new or changed records (and post them…)": looking for them is the event
            int cut = Watched.orderAfterAnd(text);
            parts.add(new Part(Role.TRIGGER, cut < 0 ? text : text.substring(0, cut).strip()));
            if (cut >= 0) {
                role(text.substring(cut).replaceFirst("^\\s*(?:and|et)\\s+", ""), parts);
            }
            return;
        }
        int asked = first ? Arrivals.hookAsked(text) : -2;   // "give me a webhook URL…", « crée-moi un webhook »: its event
        if (first && Arrivals.HOOK_RECEIVES.matcher(text).find() || asked >= -1) {
            // « un webhook reçoit les commandes : … »: the flow is called; "one Kizeo webhook for…": that app's event
            parts.add(new Part(Role.TRIGGER, asked > -2 && Arrivals.appsHook(text) ? (asked >= 0 ? text.substring(0, asked) : text).strip() : "webhook"));
            if (asked >= 0) {
                role(text.substring(asked), parts);
            }
            return;
        }
        Matcher called = Arrivals.WEBHOOK_CALLED.matcher(text);
        if (first && called.find() && called.start() > 0 && Verbs.verbAfter(text.substring(0, called.start()), 0) < 0
                && !TRIGGER_AT_START.matcher(text).find() && !IF_START.matcher(text).find()
                && !text.substring(0, called.start()).matches(".*\\b(please|then|to|et|puis|and)\\s*$")) {
            parts.add(new Part(Role.TRIGGER, "webhook"));   // "our ERP will call a webhook…": another system starts the flow
            return;
        }
        String[] scheduled = first && nothingDoneYet(parts) && !isEventPhrase(text) ? Arrivals.scheduledPassive(text) : null;
        if (scheduled != null) {
            parts.add(new Part(Role.TRIGGER, scheduled[0]));   // "every weekday at 7:30 the rows are read and posted…"
            Cuts.atAndOfPassive(scheduled[1]).forEach(order -> parts.add(new Part(Role.ACTION, order.strip())));
            return;
        }
        if (first && (TRIGGER_AT_START.matcher(text).find() || (nothingDoneYet(parts) && Timing.schedules(text)))) {
            int verb = Doer.orderAt(text, Verbs.verbAfter(text, 2));   // « quand j'envoie… »: what I do is the event
            if (verb < 0 && Timing.isRecurring(text)) {
                int does = orderVerbAt(FLOW_DOES, " " + text);   // "every Monday at 8am it reads the sheet and posts…"
                verb = does < 0 ? -1 : does - 1;
            }
            Matcher hook = Arrivals.WEBHOOK_CALLED.matcher(text);
            if (verb > 0 && hook.find(verb) && hook.start() == verb) {
                // "when our alarm system calls our webhook": what is called is the event, not an order
                parts.add(new Part(Role.TRIGGER, text.substring(0, hook.end()).strip()));
                role(text.substring(hook.end()), parts);
                return;
            }
            if (verb > 0) {   // "every Friday at 5pm send me…": the time, then the order
                parts.add(new Part(Role.TRIGGER, text.substring(0, verb).strip()));
                role(text.substring(verb), parts);
            } else {
                parts.add(new Part(Role.TRIGGER, text));
            }
            return;
        }
        String[] stated = first ? Arrivals.statement(text) : null;
        if (stated != null) {
            // "new rows … should be added to the CRM", "three days after a form is completed, …": the event, then the order
            int at = parts.size();
            if (stated.length > 2) {
                role(stated[0], parts);   // "when …": it may go on with an order, after which the wait comes first
            } else {
                parts.add(new Part(Role.TRIGGER, stated[0]));
            }
            List<String> orders = Cuts.atAndOfPassive(stated[1]);
            for (int k = 0; k < orders.size(); k++) {
                parts.add(at + 1 + k, new Part(Role.ACTION, orders.get(k).strip()));
            }
            return;
        }
        List<String> said = Words.words(text);
        String last = said.isEmpty() ? null : Words.concept(said.get(said.size() - 1));
        if (first && parts.isEmpty() && Verbs.verbAfter(text, 0) < 0 && Verbs.startsWithVerb(text) < 0 && !Habits.habit(text)
                && !Words.VERBS.contains(String.valueOf(Words.concept(said.get(0)))) && ("finish".equals(last) || "delete".equals(last))) {
            parts.add(new Part(Role.TRIGGER, text));   // « Formulaire Kizeo « Chantier » terminé : 1. … »: the event, then the orders
            return;
        }
        if (first && parts.isEmpty() && NEW_AFTER_IF.matcher(text).find() && Verbs.verbAfter(text, 0) < 0) {
            parts.add(new Part(Role.TRIGGER, text));   // "New contact in the CRM? Wait…": a verbless opening says the event
            return;
        }
        Matcher fresh = EVERY_NEW.matcher(" " + text + " ");
        if (first && fresh.find() && !toldDoing(text.substring(0, Math.max(0, fresh.start() - 1)))) {
            // "post every new Dropbox file to Slack": the event is the noun group, the order is the rest
            String padded = " " + text + " ";
            if (FOR_EVERY_BEFORE.matcher(padded.substring(0, fresh.start())).find()) {
                // "open an incident for every new message in the inbox": all that follows says the event
                role(padded.substring(0, fresh.start()).replaceAll("\\s+\\S+\\s*$", "").strip(), parts);
                String event = padded.substring(fresh.start()).strip();
                int cut = Watched.orderAfterAnd(event);
                parts.add(0, new Part(Role.TRIGGER, cut < 0 ? event : event.substring(0, cut).strip()));
                if (cut >= 0) {   // "… for each new data of the form and add it to the sheet"
                    role(event.substring(cut).replaceFirst("^\\s*(?:and|et)\\s+", "").strip(), parts);
                }
                return;
            }
            int end = Arrivals.placeEnd(padded, fresh.end(), fresh.group());   // "… that shows up in the folder X"
            String rest = padded.substring(end);
            if (padded.substring(0, fresh.start()).isBlank() && Words.words(rest).stream().noneMatch(w -> Words.VERBS.contains(String.valueOf(Words.concept(w))))
                    && rest.matches("\\s*(?:in|on|from|at|dans|sur|de|du|des)\\s.*")) {
                parts.add(new Part(Role.TRIGGER, text));   // "every new row in Google Sheets": all of it says the event
                return;
            }
            parts.add(new Part(Role.TRIGGER, padded.substring(fresh.start(), end).strip()));
            // "post the PDF of every completed inspection to #safety": the order goes on without the "of" that led to the event
            String order = padded.substring(0, fresh.start()).replaceFirst("\\s(?:of|de|du|des|d)\\s*$", " ");
            role((order + " " + padded.substring(end)).strip(), parts);
            return;
        }
        String[] record = first && nothingDoneYet(parts) && !Timing.isRecurring(text) ? EventInOrder.record(text) : null;
        if (record != null) {
            parts.add(new Part(Role.TRIGGER, record[0]));   // "log every report in the sheet": each report is the event
            role(record[1], parts);
            return;
        }
        int done = first && Words.VERBS.contains(String.valueOf(Words.concept(Words.words(text).get(0)))) ? EventInOrder.inside(text) : -1;
        if (done > 0) {
            role(text.substring(0, done), parts);   // "post in #qualite at each quality audit finished": the event said last
            parts.add(new Part(Role.TRIGGER, text.substring(done).strip()));
            return;
        }
        Matcher inside = TRIGGER_INSIDE.matcher(" " + text + " ");
        if (first && inside.find() && inside.start() > 0 && !IF_START.matcher(text).lookingAt()) {   // "only when…" is a test
            role(text.substring(0, inside.start()), parts);
            parts.add(new Part(Role.TRIGGER, text.substring(inside.start()).strip()));
            return;
        }
        Matcher ifStart = IF_START.matcher(text);
        if (first && ifStart.find() && Arrivals.isEventAfterIf(text.substring(ifStart.end()))) {
            role("when " + text.substring(ifStart.end()), parts);   // "if a new form is finished, …" tells the event
            return;
        }
        ifStart = IF_START.matcher(text);
        if (ifStart.find()) {
            String rest = text.substring(ifStart.end());
            int verb = Verbs.verbAfter(rest, 1);
            Matcher valued = AFTER_VALUE.matcher(rest);
            if (verb < 0 && valued.find() && (Words.VERBS.contains(String.valueOf(Words.concept(valued.group(1))))
                    || Verbs.startsWithVerb(rest.substring(valued.start(1))) == 0)) {
                verb = valued.start(1);   // « si le type est 'visio' crée un événement »: after the compared value, the order
            }
            Matcher also = ALSO.matcher(rest);
            if (verb < 0 && also.find() && Verbs.startsWithVerb(rest.substring(also.end())) == 0) {
                verb = also.start(1);   // "if it is urgent also email the boss": "also" closes the condition, the order follows
            }
            parts.add(new Part(Role.CONDITION, verb > 0 ? rest.substring(0, verb).strip() : rest));
            if (verb > 0) {
                role(rest.substring(verb), parts);
            }
            return;
        }
        Matcher forEach = FOR_EACH.matcher(text);
        boolean told = parts.stream().allMatch(p -> p.role() == Role.CONTEXT || p.role() == Role.ACTION && Arrivals.habit(p.text()));
        if (first && !byHand && (parts.isEmpty() || told) && forEach.find() && Arrivals.happened(text.substring(forEach.end()))) {
            role("whenever " + text.substring(forEach.end()), parts);   // "for every message posted in #help, …": the event
            return;
        }
        forEach = FOR_EACH.matcher(text);
        Matcher ofArrivals = forEach.find() ? Watched.OF_ARRIVALS.matcher(text.substring(forEach.end())) : null;
        if (first && !byHand && (parts.isEmpty() || told) && ofArrivals != null && ofArrivals.matches() && Arrivals.happened(ofArrivals.group(2))) {
            // « pour chaque pièce jointe des mails qui arrivent dans Outlook »: each mail is the event, its attachments the loop
            parts.add(new Part(Role.TRIGGER, "whenever " + ofArrivals.group(2)));
            parts.add(new Part(Role.FOR_EACH, ofArrivals.group(1)));
            return;
        }
        forEach = FOR_EACH.matcher(text);
        if (forEach.find()) {
            String rest = text.substring(forEach.end());
            int verb = Verbs.verbAfter(rest, 0);
            if (verb < 0 && Verbs.startsWithVerb(rest) == 0) {
                verb = 0;   // « pour chacune ajoute une ligne »: the imperative opens the rest
            }
            if (verb < 0) {
                verb = orderVerbAt(FLOW_DOES, rest);
            }
            if (verb < 0) {
                verb = orderVerbAt(IMPERATIVE_THEN_OBJECT, rest);
            }
            Matcher its = ITS.matcher(rest);
            String lastVerb = verb < 0 && its.matches() ? lastOrder(parts) : null;
            if (lastVerb != null) {
                // "get all groups, then for each group its users": the order said before, done again on each one's things
                parts.add(new Part(Role.FOR_EACH, its.group(1)));
                parts.add(new Part(Role.ACTION, lastVerb + " the " + its.group(2) + " of the " + its.group(1)));
                return;
            }
            parts.add(new Part(Role.FOR_EACH, verb >= 0 ? rest.substring(0, verb).strip() : rest));
            if (verb >= 0) {
                role(rest.substring(verb), parts);
            }
            return;
        }
        Matcher ifInside = IF_INSIDE.matcher(text);
        if (ifInside.find() && ifInside.start() > 0 && WHETHER.matcher(text.substring(0, ifInside.start()).strip()).matches()) {
            parts.add(new Part(Role.LOOK, text));   // "check if he has an opportunity", « regarde s'il… »: a look, not a guard
            return;
        }
        ifInside = IF_INSIDE.matcher(text);
        if (ifInside.find() && ifInside.start() > 0) {
            String before = text.substring(0, ifInside.start()).strip();
            String stripped = before.replaceAll("\\s+(and|et)$", "");
            Part condition = new Part(Role.CONDITION, text.substring(ifInside.end()).strip());
            if (stripped.equals(before)) {
                parts.add(condition);   // "post it if X": the condition guards what comes before it
            }
            for (String s : Cuts.atAnd(stripped)) {
                parts.add(new Part(Role.ACTION, s.strip()));
            }
            if (!stripped.equals(before)) {
                parts.add(condition);   // "do X and if Y, …": it guards what follows
            }
            return;
        }
        List<String> pieces = Cuts.atAnd(text);
        if (pieces.size() > 1) {
            pieces.forEach(p -> role(p.strip(), parts));
            return;
        }
        Matcher each = EACH_ONE.matcher(" " + text + " ");
        java.util.Optional<String> perEvent = each.find() ? EventInOrder.handedIn((" " + text + " ").substring(each.end())) : java.util.Optional.empty();
        if (perEvent.isPresent()) {
            // "an incident created for each submitted form": once per event, which is the trigger (said here or before)
            if (parts.stream().noneMatch(p -> p.role() == Role.TRIGGER && !Timing.isRecurring(p.text()))) {
                parts.add(0, new Part(Role.TRIGGER, perEvent.get()));
            }
            text = (" " + text + " ").substring(0, each.start()).strip();
        } else if (each.find(0)) {
            // "create a card for each of them", "add each one to the list": the order is done once per item
            parts.add(new Part(Role.FOR_EACH, ""));
            text = ((" " + text + " ").substring(0, each.start()) + " " + (" " + text + " ").substring(each.end())).strip();
            if (text.isEmpty()) {
                return;   // ", pour chacune, …": the order follows in the next part
            }
        }
        // "…, and add the person to Zoho as a lead" is an order of its own, not a mapping ("and the subject as title")
        boolean mapping = Arrivals.MAPPING.matcher(text).find() && Verbs.startsWithVerb(text.replaceFirst("^(?:and|et)\\s+", "")) < 0;
        if ((mapping || PLACE_NAMED.matcher(text).lookingAt() && Verbs.verbAfter(text, 0) < 0
                || Watched.SENT_VIA.matcher(text).lookingAt())
                && !parts.isEmpty() && parts.get(parts.size() - 1).role() == Role.ACTION) {
            // ", with the subject as title", « …, liste 'Nouveau', avec le nom du fichier »: more about the order before it
            parts.set(parts.size() - 1, new Part(Role.ACTION, parts.get(parts.size() - 1).text() + " " + text));
            return;
        }
        parts.add(new Part(Role.ACTION, text));
    }

    /** Only context or sentences without an order so far ("Our staff fill in timesheets in Kizeo."): a time opens the flow. */
    private static boolean nothingDoneYet(List<Part> parts) {
        return parts.stream().allMatch(p -> p.role() == Role.CONTEXT
                || p.role() == Role.ACTION && Verbs.verbAfter(p.text(), 0) < 0 && Verbs.startsWithVerb(p.text()) < 0);
    }

    /** Right after the trigger, a verbless "new X" / "each new X from Y" names the event again, with more about it. */
    private static boolean moreOfTheEvent(List<Part> parts, String text) {
        Part last = parts.get(parts.size() - 1);
        return last.role() == Role.TRIGGER && !NEW_WORD.matcher(last.text()).find()   // "new row → new card": that one is the order
                && (NEW_AFTER_IF.matcher(text).find() || EVERY_NEW.matcher(" " + text + " ").find())
                && Verbs.verbAfter(text, 0) < 0 && Verbs.startsWithVerb(text) < 0
                // "every time a checklist is submitted, a new row is added to the sheet": the event is whole, this is its result
                && !(PASSIVE.matcher(last.text()).find() && PASSIVE.matcher(text).find());
    }

    private static final Pattern PASSIVE = Pattern.compile("\\b(?:is|are|gets|get|est|sont)\\s+(?:[a-z]+ed|[a-z]+en|[a-z]+ee?s?|[a-z]+is|[a-z]+it)\\b");

    /** Whether the text says an event happens (when…, à chaque…, every time…), not only a time. */
    static boolean isEventPhrase(String text) {
        return TRIGGER_AT_START.matcher(text).find() || TRIGGER_INSIDE.matcher(" " + text + " ").find();
    }
}
