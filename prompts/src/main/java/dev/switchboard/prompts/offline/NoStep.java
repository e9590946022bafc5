package dev.switchboard.prompts.offline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clauses that add no step though they name one: a step not wanted ("no Slack notification for now", « pas de mail »),
 * what the person gives a flow run by hand ("I insert name and email") and a field assignment ("titre de la carte = objet
 * du mail").
 *
 * <pre>{@code
 * NoStep.says("no slack message for now", true);            // true
 * NoStep.says("new row in sheets = new trello card", false); // false: shorthand for the event
 * }</pre>
 */
final class NoStep {

    private static final Pattern REFUSED = Pattern.compile("^(?:-\\s*)?(?:(?:so|but|and|then|donc|mais|et|alors)\\s+)?"
            + "(?:no|without|pas de|pas d|aucun|aucune|sans)\\s+");
    /** "I insert name, surname and email", « je saisis le nom »: what the person gives a flow run by hand, no step. */
    private static final Pattern GIVEN = Pattern.compile("^(?:-\\s*)?(?:and\\s+|et\\s+)?(?:i|we|the user|je|nous|on|l utilisateur)\\s+"
            + "(?:insert|enter|type|give|provide|input|fill in|key in|type in|saisis|saisit|saisissons|donne|donnons|entre|entrons|"
            + "renseigne|renseignons|tape|tapons|fournis|fournissons|indique|indiquons)\\s+");
    /** "liste « À payer », avec l'objet du mail comme titre": which value fills which field of the step before. */
    private static final Pattern MAPPED = Pattern.compile("\\b(?:as|comme|en tant que)\\s+(?:the\\s+|its\\s+|le\\s+|la\\s+|l\\s+)?(?:title|name|"
            + "subject|summary|description|label|body|titre|nom|objet|libelle|sujet|resume|corps|description)\\b");
    private static final Pattern ASSIGNED = Pattern.compile("^(?:-\\s*)?(?:\\S+\\s){1,5}=\\s[^=]{1,60}$");

    private NoStep() {
    }

    /**
     * Whether the clause tells what the person gives the run ("I give a name and an email"), with no other order, no
     * place and no record's number: "we fill in forms in Kizeo" tells what people do in an app, which may be the event,
     * and « je donne un numéro d'incident » names a record to look up.
     */
    static boolean gives(String plain) {
        Matcher given = GIVEN.matcher(plain);
        return given.lookingAt() && Verbs.verbAfter(plain, given.group().trim().split("\\s+").length) < 0
                && !PLACE.matcher(plain.substring(given.end())).find();
    }

    /** "in Kizeo", « sur l'incident », or a record's number (« un numéro d'incident », not its id), which the flow then looks up. */
    private static final Pattern PLACE = Pattern.compile("\\b(?:in|into|on|dans|sur)\\s|\\b(?:number|numero|reference)\\b");

    /** ", so the day team sees them when they clock in": what the flow is for, after an order; its "when" is no event. */
    private static final Pattern SO_THAT = Pattern.compile("^(?:so|so that|afin que|pour que)\\s+(?:the|our|my|everyone|people|they|we|he|"
            + "she|you|i|le|la|les|l|nos|notre|tout le monde|on|ils|elles|nous)\\s");

    /** "so poll Kizeo instead": how the event is watched for (a polling trigger), not a step. */
    private static final Pattern POLL_INSTEAD = Pattern.compile("^(?:(?:so|then|and|donc|alors)\\s+)?(?:poll|polls|interroge|interroger)"
            + "\\s+(?:the\\s+|le\\s+)?[a-z]+(?:\\s+forms)?(?:\\s+(?:instead|regularly|periodically|a la place|plutot|regulierement))?\\s*$"
            // « il faut fonctionner par interrogation régulière », "we have to use polling": how the event is watched for
            + "|^(?:(?:so|then|and|donc|alors)\\s+)?(?:il faut|il faudrait|on doit|we have to|we need to|we must)\\s+(?:fonctionner|passer|travailler|"
            + "proceder|use|work|go)\\s+(?:par|en|with|by|via)?\\s*(?:interrogation|polling|sondage|requetes)(?:\\s+(?:reguliere|periodique|"
            + "regulier|periodic|regular))?\\s*$");

    /**
     * "read the sheet rows and find the one with the same id", « … et repère celle qui a le même numéro »: one of the things
     * just read, picked out by the condition that follows; no step of its own.
     */
    private static final Pattern THE_ONE = Pattern.compile("(?:(?:and|then|et|puis)\\s+)?(?:find|pick|spot|locate|identify|look for|"
            + "trouve|trouver|retrouve|retrouver|repere|reperer|identifie|identifier|cherche|chercher)\\s+(?:the one|the ones|celle|celui|"
            + "celles|ceux)\\s+(?:with|that|which|whose|where|qui|dont|avec|ou|ayant)\\b");

    /** "we'll run it by hand after big imports", « je le lancerai à la main »: how the flow starts (by hand), not a step. */
    private static final Pattern RUN_BY_HAND = Pattern.compile("(?:(?:and|so|et|donc)\\s+)?(?:we|i|you|someone|on|je|nous)\\s+"
            + "(?:ll\\s+|will\\s+|can\\s+|may\\s+|want to\\s+|would\\s+|le\\s+|la\\s+|l\\s+|vais le\\s+|va le\\s+|allons le\\s+|"
            + "pourra le\\s+|pourrons le\\s+)?(?:run|launch|start|trigger|click|lance|lancera|lancerai|lancerons|lancer|declenche|"
            + "declenchera|declencherai)\\s+(?:it\\s+|this\\s+|that\\s+|the flow\\s+|ca\\s+|le flux\\s+)?(?:ourselves\\s+|myself\\s+)?"
            + "(?:by hand|manually|on demand|a la main|manuellement|when needed|quand on en a besoin|au besoin)\\b");

    /** "they can see the reports in Kizeo anyway", « ils ont déjà accès au PDF »: what others can do already, no step. */
    private static final Pattern OTHERS_CAN = Pattern.compile("^(?:(?:and|but|since|as|because|car|puisque|mais|et)\\s+)?(?:they|he|she|"
            + "ils|elles)\\s+(?:can|could|already|may|peuvent|pourront|ont deja|voient|see)\\b");

    /** "(received on the phone, not just sent)": the event told apart from a nearby one, no step. */
    private static final Pattern NOT_JUST = Pattern.compile("^(?:(?:and|but|et|mais)\\s+)?(?:not just|not only|not merely|not simply|pas juste|"
            + "pas seulement|pas simplement|et pas seulement|pas uniquement)(?:\\s+[a-z]+){1,3}\\s*$");

    /** "this would save us an hour", « ça nous éviterait la double saisie »: what the flow is worth, no step. */
    private static final Pattern WORTH = Pattern.compile("^(?:(?:and|so|et|donc)\\s+)?(?:ca|cela|this|that|it)\\s+(?:nous\\s+|me\\s+|us\\s+|"
            + "would\\s+|will\\s+|va\\s+|should\\s+|could\\s+)*(?:eviter\\w*|permettr\\w*|ferait gagner|fera gagner|save|saves|avoid|avoids|"
            + "help|helps|mean|means)\\b");

    /** « les webhooks Kizeo ne passent pas chez nous », "webhooks don't work on our network": what fails today, no step. */
    private static final Pattern FAILS = Pattern.compile("\\b(?:(?:ne|n)\\s+(?:passent|passe|marchent|marche|fonctionnent|fonctionne)\\s+pas"
            + "|(?:don t|doesn t|do not|does not|can t|cannot|won t|will not)\\s+(?:work|get through|come through|pass))\\b");

    /** "read the counter, add one and save it back": the arithmetic between a read and a write, not a step. */
    private static final Pattern COUNT_UP = Pattern.compile("^(?:(?:and|then|et|puis)\\s+)?(?:add|adds|ajoute|ajouter)\\s+(?:one|1|un)"
            + "(?:\\s+(?:to it|to that|to the counter|au compteur))?|^(?:(?:and|then|et|puis)\\s+)?(?:increment|increments|incremente|"
            + "incrementer)\\b.*");

    /** "don't email me about it", « ne m'envoie pas de mail », « inutile de prévenir Slack »: an order not wanted. */
    private static final Pattern NEGATED = Pattern.compile("^(?:(?:but|and|so|mais|et|donc)\\s+)?(?:please\\s+)?(?:don t|do not|"
            + "never|no need to|there is no need to|there s no need to|(?:ne|n)\\s+(?:\\S+\\s+){1,3}?(?:pas|jamais)|pas besoin de?|"
            + "inutile de?|pas la peine de?|no need for|(?:we|i)\\s+(?:do not|don t|dont)\\s+(?:want|need)|(?:on|nous|je)\\s+ne\\s+(?:veut|voulons|veux)\\s+pas)\\b");

    /** "…, giving the incident's sys_id", « en donnant le sys_id de l'incident »: what the call or event carries. */
    private static final Pattern CARRYING = Pattern.compile("^(?:en\\s+(?:donnant|fournissant|indiquant|precisant|transmettant|passant)|"
            + "giving|passing|providing|including|carrying)\\s");

    /**
     * "the message contains pasted JSON", « la date saisie est au format JJ/MM/AAAA »: what the thing in hand is like,
     * said before what to do with it.
     */
    private static final Pattern DESCRIBES = Pattern.compile("(?:attention\\s+)?(?:the|le|la|les|l|this|that|ce|cette|its|son|sa)\\s+"
            + "(?:[a-z]+\\s+){1,2}?(?:contains|contain|includes|holds|contient|contiennent|(?:is|are|est|sont)\\s+(?:in|au|en)\\s+"
            + "(?:the\\s+)?(?:format|forme))\\b"
            // "he puts the Jira ticket number in it", « il y met le numéro du ticket »: what the person writes in the form
            + "|(?:il|elle|ils|elles|he|she|they)\\s+(?:y\\s+)?(?:met|mettent|indique|indiquent|saisit|saisissent|renseigne|renseignent"
            + "|note|notent|ecrit|ecrivent|puts|put|enters|enter|writes|write|types|type)(?:\\s+(?!in\\b)[a-z0-9]+){1,6}?"
            + "\\s*(?:in it|in there|into it|dedans|$)");

    /**
     * @param saidBefore whether a part came before: an assignment is one only then ("new row = new card", said first,
     *                   is shorthand for the event and its order)
     */
    static boolean says(String plain, boolean saidBefore) {
        if (Clauses.IF_START.matcher(plain.replaceFirst("^\\s*-\\s*", "")).find()) {
            return false;   // "if severity = major": a test, not a field mapping
        }
        if (NEGATED.matcher(plain.strip()).lookingAt()
                || saidBefore && CARRYING.matcher(plain.strip()).lookingAt() && Verbs.verbAfter(plain, 1) < 0) {
            return true;
        }
        Matcher refused = REFUSED.matcher(plain);
        if (refused.lookingAt()) {
            // « pas d'envoi au client », "no emails to the client": the word after "no" is a noun, whatever verb it looks like
            String rest = plain.substring(refused.end());
            int next = rest.indexOf(' ');
            if ((Verbs.verbAfter(plain, 0) < 0 || Verbs.verbAfter(plain, 0) == refused.end()) && (next < 0 || Verbs.verbAfter(rest.substring(next), 0) < 0)) {
                return true;
            }
        }
        if (FAILS.matcher(plain).find() && Verbs.startsWithVerb(plain) < 0 && Verbs.verbAfter(plain, 0) < 0) {
            return true;
        }
        if (gives(plain) || saidBefore && SO_THAT.matcher(plain).lookingAt() || POLL_INSTEAD.matcher(plain).matches()
                || RUN_BY_HAND.matcher(plain.strip()).lookingAt() || saidBefore && DESCRIBES.matcher(plain.strip()).lookingAt()
                || saidBefore && NOT_JUST.matcher(plain.strip()).matches() && Verbs.verbAfter(plain, 0) < 0
                || saidBefore && WORTH.matcher(plain.strip()).lookingAt()
                || saidBefore && COUNT_UP.matcher(plain).matches() || saidBefore && OTHERS_CAN.matcher(plain.strip()).lookingAt() || saidBefore && THE_ONE.matcher(plain.strip()).lookingAt()) {
            return true;
        }
        if (saidBefore && MAPPED.matcher(plain).find() && Verbs.startsWithVerb(plain) < 0 && Verbs.verbAfter(plain, 0) < 0
                && plain.strip().split("\\s+").length <= 10) {
            return true;
        }
        return saidBefore && ASSIGNED.matcher(plain).matches() && !Clauses.NEW_WORD.matcher(plain).find() && Verbs.startsWithVerb(plain) < 0;
    }
}
