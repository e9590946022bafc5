package dev.switchboard.prompts.offline;

import dev.switchboard.prompts.offline.Clauses.Part;
import dev.switchboard.prompts.offline.Clauses.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service the catalog has no app for, reached by an HTTP request instead ("For Notion there is no app, so use an HTTP
 * request to https://…", « Asana n'est pas dans le catalogue, faites un appel HTTP »): the clause that says the request is
 * the step; the other clauses that name the service only say what that request does, and add no step of their own.
 *
 * <pre>{@code
 * Unconnected.apply(parts, "for notion is no app, so use a http request to zlit0. each message becomes a page in notion");
 * // the part "each message becomes a page in notion" becomes CONTEXT
 * }</pre>
 */
final class Unconnected {

    /** "no app for X", "X is not in the catalog", "we don't have a X connector", « pas d'app X », « X n'est pas dans le catalogue ». */
    private static final Pattern SAYS = Pattern.compile("\\b(?:no|not any|pas d|pas de|aucun|aucune)\\s+(?:app|apps|application|connector|"
            + "integration|module|connecteur)\\s+(?:for\\s+|with\\s+|pour\\s+|de\\s+|d\\s+)?([a-z][a-z0-9]*)"
            + "|\\b([a-z][a-z0-9]*)\\s+(?:is not|isn t|is no|n est pas|n existe pas)\\s+(?:in|available in|dans|disponible dans)?\\s*"
            + "(?:the|your|our|le|votre|notre)\\s+(?:catalog|catalogue)"
            + "|\\b(?:no|pas de)\\s+([a-z][a-z0-9]*)\\s+(?:connector|app|integration|connecteur)\\b"
            + "|\\b(?:don t|do not|doesn t|does not|n avons pas|n a pas|n ont pas)\\s+(?:have|has|de|d)\\s+(?:a|an|any)?\\s*([a-z][a-z0-9]*)\\s+"
            + "(?:connector|app|integration|connecteur|application)\\b"
            + "|\\b(?:for|pour)\\s+([a-z][a-z0-9]*)\\s+(?:there\\s+)?(?:is|are|s|il n y a)\\s+(?:no|pas d|pas de)\\s+(?:app|connector|"
            + "integration|application|connecteur)"
            // "StockPilot (our WMS, no connector, …)", « notre TMS (API REST maison, aucun connecteur) »: said aside, after its name
            + "|\\b([a-z][a-z0-9]*)\\s*\\([^()]*?\\b(?:no|pas de|aucun|sans)\\s+(?:connector|app|integration|connecteur)s?\\b");
    /** Words of the request itself: the clause that holds them is the HTTP step. */
    private static final Set<String> REQUEST = Set.of("http", "https", "api", "url", "request", "requete", "appel", "endpoint", "rest");
    /** "our reporting app (no connector)": a common noun, which other clauses use for other things. */
    private static final Set<String> GENERIC = Set.of("app", "appli", "application", "system", "systeme", "tool", "outil", "clone",
            "portal", "portail", "site", "server", "serveur");
    private static final Set<String> POINTERS = Set.of("it", "this", "that", "them", "ca", "cela", "eux", "elle", "lui");

    private Unconnected() {
    }

    static List<Part> apply(List<Part> parts, String plain) {
        Matcher m = SAYS.matcher(plain);
        if (!m.find()) {
            return parts;
        }
        String service = java.util.stream.IntStream.rangeClosed(1, m.groupCount()).mapToObj(m::group)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        if (POINTERS.contains(service)) {
            service = placeBefore(plain.substring(0, m.start()));   // "the stock is in Airtable, there is no connector for it"
        }
        if (service == null || REQUEST.contains(service) || GENERIC.contains(service)) {
            return parts;
        }
        // "(we don't have a Twilio connector, so just call their API)" said aside: the order naming the service is the request
        boolean requestSaid = parts.stream().anyMatch(p -> saysRequest(p.text()));
        if (!requestSaid && !saysRequest(plain.substring(m.start(), Math.min(plain.length(), m.end() + 80)))) {
            return parts;
        }
        List<Part> out = new ArrayList<>();
        for (Part p : parts) {
            boolean names = p.role() == Role.ACTION && Words.words(p.text()).contains(service) && !saysRequest(p.text());
            if (names && !requestSaid) {
                out.add(new Part(Role.ACTION, "call the http api to " + p.text().replace(service, "")));
                requestSaid = true;
            } else {
                out.add(names ? new Part(Role.CONTEXT, p.text()) : p);
            }
        }
        return out;
    }

    private static boolean saysRequest(String text) {
        return Words.words(text).stream().anyMatch(REQUEST::contains);
    }

    /** The last "in/on/to X" of the sentence before the pointer: the place it points back to. */
    private static String placeBefore(String before) {
        String sentence = before.substring(Math.max(before.lastIndexOf(". "), 0));
        Matcher place = Pattern.compile("\\b(?:in|on|into|to|dans|sur)\\s+([a-z][a-z0-9]*)").matcher(sentence);
        String last = null;
        while (place.find()) {
            last = place.group(1);
        }
        return last;
    }
}
