package dev.switchboard.prompts.offline;

/**
 * Turns of phrase whose words say something else than what they mean, rewritten to what they mean before the text is
 * cut (twelfth round; general language only, as {@link Plain}): a labelled "Trigger: … Action: …", checking whether
 * something exists (a search), putting into a list (an addition), "how many" (a statistic), people told in the passive
 * (a notification), and the office suite's mailbox (Outlook).
 *
 * <pre>{@code
 * Turns.of("check whether the contact already exists in salesforce");   // "search the contact in salesforce"
 * }</pre>
 */
final class Turns {

    private static final String CHECK = "\\b(?:check|checks|checking|verify|see|look|find out|verifie|verifier|verifiez|regarde|regarder"
            + "|regardez)\\s+";
    /** "whether a contact with that email already exists", « s'il existe déjà »: whether the app has it. */
    private static final String EXISTS = "(?:whether|if|si|s)\\s+((?:(?!if|si|and|et)\\S+\\s+){1,12}?)(?:already\\s+)?(?:exists?|existe|existent"
            + "|is already there|is there|est deja la)(?:\\s+deja)?\\b";

    private Turns() {
    }

    /** The plain text (lower case, no accents) with those turns rewritten. */
    static String of(String plain) {
        return plain
                // the mailbox of Office 365 / Microsoft 365 (O365, M365, Exchange Online) is Outlook's: the suite's mail app
                .replaceAll("\\b(?:(?:office|microsoft|ms) ?365|o365|m365|exchange online|exchange)(?= (?:mailbox|mail|email|inbox|account mail))"
                        + "|(?<=\\b(?:mailbox|inbox|boite mail|boite email|messagerie|boite de reception) (?:\\w+ )?)"
                        + "(?:(?:office|microsoft|ms) ?365|o365|m365|exchange online|exchange)\\b", "outlook")
                // "Trigger: …. Action: …", « Déclencheur : … Action : … »: a labelled description; the labels are the roles
                .replaceAll("(?:^|(?<=[.;!?\\n]))\\s*(?:trigger|triggers|declencheur|declenchement)\\s*:", " when ")
                .replaceAll("(?:^|(?<=[.;!?\\n]))\\s*(?:actions?|steps?|etapes?|then|ensuite|puis)\\s*:", " ")
                // "check whether a contact with that email already exists", « vérifie si le client existe déjà »: a search for it
                .replaceAll(CHECK + "(first|d abord)\\s+" + EXISTS, "before that, search $2")   // « vérifie d'abord s'il existe »: done first
                .replaceAll(CHECK + EXISTS, "search $1")
                // "put the hours into the list X", « mets la date dans la liste X »: put into a list or table adds an entry, no file
                .replaceAll("\\b(?:put|puts|mets|mettre|mettez|met|place|placer)\\b(?=(?:\\s+(?!(?:into|in|on|onto|to|dans|sur|en)\\b)\\S+){0,6}"
                        + "\\s+(?:into|in|on|onto|to|dans|sur)\\s+(?:\\S+\\s+){0,3}?(?:list|liste|table|tableau|row|ligne)s?\\b)", "add")
                // "how many forms were filled in", « combien de formulaires ont été remplis »: a count is a statistic to read
                // (what happened to them is what is counted, not an order: "were filled in" fills nothing)
                .replaceAll("\\b(?:how many|combien de|combien d)\\s+((?:\\S+\\s+){0,4}?)(?:were|are|have been|has been|got|ont ete|"
                        + "sont|a ete|etaient|ont)\\s+(?:still\\s+|already\\s+|now\\s+|toujours\\s+|encore\\s+|deja\\s+)?"
                        + "(?!in\\b|on\\b|at\\b|dans\\b)[a-z]+"
                        + "(?:\\s+(?:in|out|up))?\\b", "statistics of $1")
                .replaceAll("\\b(?:how many|combien de|combien d)\\b", "statistics of")
                // "post the number of forms filled last week", « le nombre de formulaires remplis »: a count of what was done
                .replaceAll("\\b(?:the|le)\\s+(?:total\\s+)?(?:number|nombre|count|nb)\\s+(?:of|de|d)\\s+((?:(?!by\\b|par\\b|per\\b)\\S+\\s+){1,3}?)"
                        + "(?=(?:filled|completed|submitted|sent|received|created|done|remplis|remplies|soumis|soumises|termines|terminees"
                        + "|envoyes|envoyees|recus|recues|crees|creees|faits|faites|saisis|saisies)\\b)", "statistics of $1")
                // "… and the #legal channel is told about it", « et l'équipe est prévenue »: people told in the passive are notified
                .replaceAll("\\b(and|then)\\s+((?:(?!and\\b|then\\b)\\S+\\s+){1,6}?)(?:is|are|gets|get|should be|must be)\\s+"
                        + "(?:told|informed|notified|warned|alerted|pinged)(?:\\s+(?:about|of)\\s+(?:it|this|that|them))?\\b", "$1 notify $2")
                .replaceAll("\\b(et|puis)\\s+((?:(?!et\\b|puis\\b)\\S+\\s+){1,6}?)(?:est|sont|soit|soient|doit etre|doivent etre)\\s+"
                        + "(?:prevenue?s?|informee?s?|avertie?s?|notifiee?s?)\\b", "$1 previens $2");
    }
}
