package dev.switchboard.prompts.offline;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The verb of an order once where it goes is known: "download the PDF to Dropbox" uploads to Dropbox (the
 * file comes from the flow), an app said alone with a file in hand is where the file goes, "ping https://…"
 * calls the address, putting something into an app that stores no files creates it there, and making a
 * CSV or Excel file with no app named is the export of the app in hand.
 *
 * <pre>{@code
 * Destination.verb("download", false, said, "download the pdf to dropbox", matcher, context);   // "upload"
 * }</pre>
 */
final class Destination {

    private Destination() {
    }

    /** The verb to look the action up with; {@code told} is the clause's own verb, or the last one when it has none. */
    static String verb(String told, boolean fileInHand, Said said, String plain, Matcher matcher, Collection<String> context) {
        String verb = "send".equals(told) && said.pingsAnAddress(plain) ? "call" : told;
        if ("upload".equals(verb) && !fileInHand && said.concepts().stream().noneMatch(FILES::contains) && (Channels.said(said)
                || !said.apps().isEmpty() && matcher.canDo(said.apps(), "send") && matcher.canDo(said.apps(), "upload"))) {
            return "send";   // "drop them in #marketing", "put it in Slack": with no file in hand, a chat gets a message
        }
        // "… -> export CSV -> SharePoint folder X", "new file in Dropbox -> Google Drive": an app said without a verb, with
        // a file in hand, is where the file goes
        boolean destination = said.verb(plain) == null && (verb == null ? fileInHand : Set.of("download", "export").contains(verb));
        if (("download".equals(verb) || "export".equals(verb) && !matcher.canDo(said.apps(), "export") || destination)
                && !said.apps().isEmpty() && !context.containsAll(said.apps())
                && (Said.INTO.matcher(plain).find() || destination) && matcher.canDo(said.apps(), "upload")) {
            verb = "upload";   // « exporte-les en CSV dans Dropbox »: Dropbox is where it goes
        }
        // "put the visit in my calendar": into an app that neither stores, adds nor sends anything, putting is creating
        if ("upload".equals(verb) && !said.apps().isEmpty() && Stream.of("upload", "add", "push", "share").noneMatch(v -> matcher.canDo(said.apps(), v))
                && (!matcher.canDo(said.apps(), "send") || makes(said, matcher, context))) {
            return "create";   // "copy it into my Outlook calendar": Outlook sends mail, but what it is put in is made there
        }
        // "copy it into the SharePoint list", « la recopier dans la liste »: with no file in hand, a list gets a new item
        if ("upload".equals(verb) && !fileInHand && !said.apps().isEmpty() && said.objects("create", false).contains("list")
                && makes(said, matcher, context)) {
            return "create";
        }
        return madeFile(verb, plain, said, matcher, context);
    }

    private static final Set<String> FILES = Set.of("file", "pdf", "folder", "photo", "image", "csv", "excel");

    /** Whether the said app makes what the clause names ("calendar", "event") with an action whose words say it. */
    static boolean makes(Said said, Matcher matcher, Collection<String> context) {
        java.util.List<String> made = said.objects("create", false);
        return matcher.action(made, "create", said.apps(), context, false, false, java.util.List.of(), null)
                .filter(a -> Implicit.says(a, made, "create")).isPresent();
    }

    private static final java.util.regex.Pattern TO_STATE = java.util.regex.Pattern.compile(
            "\\b(?:move|moves|passer?|passes|passez)\\b(?:\\s+\\S+){0,5}?\\s+(?:to|en|au statut|a l etat)\\b");

    /**
     * « passe-le en résolu » in an app with no moves between states (ServiceNow): the new state is an update. The app is
     * the one said, or {@code lastApp} (the app of the step before) when the clause points back.
     */
    static String moved(String verb, Said said, String lastApp, String plain, Matcher matcher) {
        Collection<String> target = said.apps().isEmpty() && lastApp != null ? Set.of(lastApp) : said.apps();
        return "move".equals(verb) && !target.isEmpty() && TO_STATE.matcher(plain).find() && !matcher.canDo(target, "move")
                && matcher.canDo(target, "update") ? "update" : verb;
    }

    /** "csv", "excel", "xlsx": a file format an export makes. */
    private static final java.util.regex.Pattern FORMAT = java.util.regex.Pattern.compile("\\b(?:csv|excel|xlsx?)\\b");

    /**
     * "take today's checklists, make a CSV file and upload it": making a file in a format, with no app named, is the
     * export of an app already in the flow that exports.
     */
    private static String madeFile(String verb, String plain, Said said, Matcher matcher, Collection<String> context) {
        return "create".equals(verb) && said.apps().isEmpty() && said.concepts().contains("file") && FORMAT.matcher(plain).find()
                && matcher.canDo(context, "export") ? "export" : verb;
    }
}
