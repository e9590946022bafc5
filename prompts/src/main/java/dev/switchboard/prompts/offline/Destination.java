package dev.switchboard.prompts.offline;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The verb of an order once where it goes is known: "download the PDF to Dropbox" uploads to Dropbox (the
 * file comes from the flow), an app said alone with a file in hand is where the file goes, "ping https://…"
 * calls the address, and putting something into an app that stores no files creates it there.
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
        // "… -> export CSV -> SharePoint folder X", "new file in Dropbox -> Google Drive": an app said without a verb, with
        // a file in hand, is where the file goes
        boolean destination = said.verb(plain) == null && (verb == null ? fileInHand : Set.of("download", "export").contains(verb));
        if (("download".equals(verb) || "export".equals(verb) && !matcher.canDo(said.apps(), "export") || destination)
                && !said.apps().isEmpty() && !context.containsAll(said.apps())
                && (Said.INTO.matcher(plain).find() || destination) && matcher.canDo(said.apps(), "upload")) {
            verb = "upload";   // « exporte-les en CSV dans Dropbox »: Dropbox is where it goes
        }
        // "put the visit in my calendar": into an app that neither stores, adds nor sends anything, putting is creating
        if ("upload".equals(verb) && !said.apps().isEmpty()
                && Stream.of("upload", "add", "push", "send", "share").noneMatch(v -> matcher.canDo(said.apps(), v))) {
            return "create";
        }
        return Implicit.madeFile(verb, plain, said, matcher, context);
    }
}
