package dev.switchboard.prompts.offline;

import dev.switchboard.prompts.offline.Literals.Kind;
import dev.switchboard.prompts.offline.Literals.Literal;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fills the inputs of one step (or trigger) from what is known, in this order: a literal of the
 * clause (e-mail address, URL, method, #channel, a quoted name for a name or path input), an
 * output of the trigger or an earlier step with the same name (files across apps), the loop item
 * for an id of what the loop goes through, the ids of a same-app list for an {@code X_ids} input, a text for text
 * inputs; and asks for the rest, once per container (the form, the spreadsheet) for all the steps of an app.
 *
 * <pre>{@code
 * ObjectNode input = filler.fill(step, List.of(pdfStep), lits);
 * }</pre>
 */
final class InputFiller {

    /**
     * Where a value can come from: {@code trigger} or {@code steps.<id>}, with its app and output schema; a trigger also
     * has the params it was set up with (its channel, its form), which its app's steps share.
     */
    record Source(String ref, String app, JsonNode output, JsonNode params) {
        Source(String ref, String app, JsonNode output) {
            this(ref, app, output, null);
        }

        /** Whether this is the step that made what an {@code X_id} input names: steps are named after what they make. */
        boolean made(String input) {
            return input.endsWith("_id") && has("id")
                    && ref.matches("steps\\." + java.util.regex.Pattern.quote(input.substring(0, input.length() - 3)) + "(?:_\\d+)?");
        }

        boolean has(String property) {
            return output != null && output.path("properties").has(property);
        }

        /**
         * The output that gives an input: the same-named one, one its description says is "usable as the path", or the
         * event's or step's own id when its description names what the input is the id of ("Message id" for message_id).
         */
        java.util.Optional<String> giving(String input) {
            if (has(input)) {
                return java.util.Optional.of(input);
            }
            if (output == null) {
                return java.util.Optional.empty();
            }
            // "issue_key" from a new issue's "key" ("Issue key."), as "message_id" from a message's "id" ("Message id."), and
            // "document_id" from the document a step of the app created ("Document id, for send_document…")
            String own = input.endsWith("_id") ? "id" : input.endsWith("_key") ? "key" : null;
            if (own != null && has(own)) {
                String said = output.path("properties").path(own).path("description").asString("");
                List<String> noun = Words.concepts(input.substring(0, input.length() - own.length() - 1));
                if (!noun.isEmpty() && Words.concepts(said.split("[.;]")[0]).containsAll(noun)) {
                    return java.util.Optional.of(own);
                }
            }
            if (made(input)) {
                return java.util.Optional.of("id");   // "folder_id" from the step that made the folder
            }
            for (var p : output.path("properties").properties()) {
                if (p.getValue().path("description").asString("").contains("usable as the " + input + " ")) {
                    return java.util.Optional.of(p.getKey());
                }
            }
            return java.util.Optional.empty();
        }
    }

    /** What one step needs to be filled: its place, its app, its schema, the loop it is in. */
    /** @param said the plain clause the step or event comes from, whose words may name an input's value */
    record Target(String where, String app, JsonNode schema, String loopNoun, String title, String body, String verb, String said) {
    }

    private static final Set<String> TITLES = Set.of("subject", "summary", "name", "title", "label");
    private static final Set<String> BODIES = Set.of("text", "content", "body", "message", "comment", "description");
    /** A full stop that ends a sentence, not the one of "e.g." or "i.e.". */
    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("(?<!e\\.g)(?<!i\\.e)\\.\\s");
    /** "ts of the message to react to": an input described as an output of its app ("id of …" says too little). */
    private static final java.util.regex.Pattern OUTPUT_OF = java.util.regex.Pattern.compile("([a-z_]+) of ");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Texts texts;
    private final Asks asks;
    /** The placeholder asked for an app's container id ("kizeo_forms.form_id"): later steps of that app reuse it. */
    private final java.util.Map<String, String> asked = new java.util.HashMap<>();
    /**
     * Inputs that name where things are (a form, a board, a spreadsheet), not one record: one flow mostly has one. Lists and
     * folders are left out: a card or a file is often moved from one to another.
     */
    private static final java.util.regex.Pattern CONTAINER = java.util.regex.Pattern.compile(
            "(?:form|board|project|spreadsheet|sheet|audience|calendar|site|drive|team|group)_(?:id|key|name)|key");   // a stored value read then written

    InputFiller(Texts texts, Asks asks) {
        this.texts = texts;
        this.asks = asks;
    }

    ObjectNode fill(Target target, List<Source> sources, List<Literal> literals) {
        ObjectNode input = NODES.objectNode();
        JsonNode props = target.schema() == null ? NODES.objectNode() : target.schema().path("properties");
        JsonNode required = target.schema() == null ? NODES.arrayNode() : target.schema().path("required");
        for (String name : props.propertyNames()) {
            JsonNode prop = props.get(name);
            boolean needed = contains(required, name);
            JsonNode literal = literal(name, prop, literals);
            if (literal != null) {
                input.set(name, literal);
                continue;
            }
            JsonNode reference = reference(name, prop, target.app(), sources, target.loopNoun());
            if (reference != null && (needed || name.equals("attachments") || made(name, target.app(), sources))) {
                input.set(name, reference);
                continue;
            }
            if (!needed && !(name.equals("text") && !hasRequiredBody(props, required))) {
                continue;
            }
            JsonNode chosen = chosen(prop, target.said());
            if (chosen != null) {
                input.set(name, chosen);   // "on any event of the form", "when it is finished or deleted": the kinds said
                continue;
            }
            String example = example(prop, target.said());
            if (example != null) {
                input.put(name, example);   // "a new opportunity in Salesforce": the object, one the input's examples name
                continue;
            }
            // an emoji's name is no title: asked for unless said
            if ("string".equals(prop.path("type").asString("")) && TITLES.contains(name) && !prop.path("description").asString("").contains("Emoji")) {
                input.put(name, target.title());
            } else if ("string".equals(prop.path("type").asString("")) && BODIES.contains(name)) {
                input.put(name, target.body());
            } else if (name.equals("method") && prop.path("enum").toString().contains("\"POST\"")) {
                // an HTTP call that creates or sends something posts; one that reads or checks gets
                input.put(name, Set.of("create", "send", "add", "upload", "push").contains(target.verb()) ? "POST" : "GET");
            } else if (CONTAINER.matcher(name).matches() && asked.containsKey(target.app() + "." + name)) {
                input.put(name, asked.get(target.app() + "." + name));   // the form searched is the form exported: one question
            } else {
                String placeholder = asks.ask(name, texts.value(name.replace('_', ' '), target.where(),
                        hint(name, literals), firstSentence(prop.path("description").asString(""))), List.of());
                asked.putIfAbsent(target.app() + "." + name, placeholder);
                input.put(name, placeholder);
            }
        }
        return actsOnTrigger(input, target.app(), sources);
    }

    private static final java.util.regex.Pattern ALL_OF_THEM = java.util.regex.Pattern.compile("\\b(?:(?:any|every|all|each|tout|tous les|"
            + "toutes les|chaque|n importe quel) (?:event|events|change|changes|evenement|evenements|changement|changements)|everything|"
            + "whatever happens|tout ce qui)\\b");

    /**
     * A list of choices (Kizeo's events) filled from the clause: every choice when it says any or all of them, else the
     * choices whose words it says; null when it says none.
     */
    private static JsonNode chosen(JsonNode prop, String said) {
        JsonNode choices = prop.path("items").path("enum");
        if (said == null || !"array".equals(prop.path("type").asString("")) || !choices.isArray() || choices.isEmpty()) {
            return null;
        }
        boolean all = ALL_OF_THEM.matcher(said).find();
        List<String> concepts = new java.util.ArrayList<>(Words.concepts(said));
        if (concepts.contains("create") || concepts.contains("creation")) {
            concepts.add("finish");   // « les créations » of a form's data: the data saved
        }
        ArrayNode out = NODES.arrayNode();
        for (JsonNode choice : choices) {
            if (all || concepts.contains(String.valueOf(Words.concept(choice.asString(""))))) {
                out.add(choice.asString(""));
            }
        }
        return out.isEmpty() ? null : out;
    }

    /**
     * A step that takes the trigger's own message ("timestamp": {@code trigger.ts}) acts where the trigger watches: the
     * channel said for the trigger is its channel too, instead of a second question.
     */
    private static ObjectNode actsOnTrigger(ObjectNode input, String app, List<Source> sources) {
        Source trigger = sources.stream().filter(s -> s.ref().equals("trigger") && s.app().equals(app) && s.params() != null)
                .findFirst().orElse(null);
        if (trigger == null || input.properties().stream().noneMatch(e -> e.getValue().asString("").startsWith("{{ trigger."))) {
            return input;
        }
        for (var e : input.properties()) {
            JsonNode set = trigger.params().get(e.getKey());
            if (e.getValue().asString("").startsWith("<ask:") && set != null && set.isString() && !set.asString().startsWith("<ask:")) {
                input.set(e.getKey(), set);
            }
        }
        return input;
    }

    /** "e.g. Account, Lead, Contact, Opportunity or Case": the names an input's description gives as examples. */
    private static final java.util.regex.Pattern EXAMPLES = java.util.regex.Pattern.compile("e\\.g\\.\\s+([^.()]+)");

    /**
     * The one example name of a free string input that the clause says, singular or plural ("the Contacts module",
     * "a new opportunity"), or the one media type whose kind it says ("as PDF": application/pdf); null when none or several
     * are said.
     */
    static String example(JsonNode prop, String said) {
        java.util.regex.Matcher examples = EXAMPLES.matcher(prop.path("description").asString(""));
        if (said == null || !"string".equals(prop.path("type").asString("")) || prop.has("enum") || !examples.find()) {
            return null;
        }
        List<String> words = Words.words(said);
        String found = null;
        for (String candidate : examples.group(1).split(",\\s*|\\s+or\\s+|\\s+ou\\s+")) {
            String name = candidate.strip();
            java.util.regex.Matcher mime = MIME.matcher(name);
            if (mime.matches()) {
                // "export it as PDF": "application/pdf" among "e.g. application/pdf, text/csv, … (.xlsx)"
                String kind = (mime.group(2) != null ? mime.group(2) : mime.group(1).replaceAll(".*[/.]", "")).toLowerCase(java.util.Locale.ROOT);
                if (words.contains(kind) || words.contains(OFFICE.getOrDefault(kind, kind))) {
                    return mime.group(1);
                }
                continue;
            }
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            if (!name.matches("[A-Z][a-z]+") || lower.length() < 4) {
                continue;
            }
            String one = lower.endsWith("ies") ? lower.substring(0, lower.length() - 3) + "y" : lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
            boolean saidIt = words.contains(one) || words.contains(one + "s") || one.endsWith("y") && words.contains(one.substring(0, one.length() - 1) + "ies");
            if (saidIt) {
                if (found != null) {
                    return null;   // two of them said: which one is not clear
                }
                found = name;
            }
        }
        return found;
    }

    /** A media type among an input's examples, with the file extension some give in brackets ("… (.xlsx)"). */
    private static final java.util.regex.Pattern MIME = java.util.regex.Pattern.compile("([a-z]+/[a-z0-9.+-]+)(?:\\s*\\(\\.?([a-z]+)\\))?.*");
    /** What people call the files of an extension. */
    private static final java.util.Map<String, String> OFFICE = java.util.Map.of("docx", "word", "xlsx", "excel", "pptx", "powerpoint");

    private static JsonNode literal(String name, JsonNode prop, List<Literal> literals) {
        String type = prop.path("type").asString("");
        for (Literal lit : literals) {
            boolean fits = switch (lit.kind()) {
                case EMAIL -> name.equals("to") || name.contains("email") || name.contains("recipient")
                        || "email".equals(prop.path("format").asString(""));
                case URL -> name.equals("url") || name.endsWith("_url") || "uri".equals(prop.path("format").asString(""));
                case METHOD -> name.equals("method");
                case CHANNEL -> name.equals("channel");
                case QUOTED, NAMED -> name.equals("path") && "folder".equals(lit.noun())
                        || name.endsWith("_name") && lit.noun() != null && name.startsWith(lit.noun())
                        || name.equals(lit.noun());   // "the flow 'monthly-invoicing'" for an input "flow"
            };
            if (!fits || prop.has("enum") && !contains(prop.get("enum"), lit.value())) {
                continue; // an input limited to a few values ("email_type": html or text) takes none of the said ones
            }
            if (lit.kind() == Kind.EMAIL && "array".equals(type)) {
                var list = NODES.arrayNode();
                literals.stream().filter(l -> l.kind() == Kind.EMAIL).forEach(l -> list.add(l.value()));
                return list;
            }
            if (name.equals("path") && !lit.value().startsWith("/")) {
                return NODES.stringNode("/" + lit.value());
            }
            return "string".equals(type) || type.isEmpty() ? NODES.stringNode(lit.value()) : null;
        }
        return null;
    }

    /**
     * "create a folder in Drive, put the PDF in it": an optional {@code folder_id} is the folder a step of the same app made
     * (a step is named after what it makes), which the flow means to use.
     */
    private static boolean made(String name, String app, List<Source> sources) {
        return sources.stream().anyMatch(s -> s.app().equals(app) && s.made(name));
    }

    /** Same-named output of the trigger or an earlier step (latest first); across apps only files travel. */
    private static JsonNode reference(String name, JsonNode prop, String app, List<Source> sources, String loopNoun) {
        for (int i = sources.size() - 1; i >= 0; i--) {
            Source s = sources.get(i);
            if (name.equals("attachments") && s.has("file")) {
                return NODES.stringNode("{{ [" + s.ref() + ".file] }}");
            }
            if (name.equals("value") && s.app().equals(app)) {
                continue;   // a store's value written back is a new one ("save the new status"), not the one just read
            }
            // across apps only a file travels; in its own app, what gives the input (Dropbox's id "usable as the path")
            java.util.Optional<String> giving = s.app().equals(app) ? s.giving(name)
                    : name.equals("file") && s.has(name) ? java.util.Optional.of(name) : java.util.Optional.empty();
            if (giving.isPresent()) {
                return NODES.stringNode("{{ " + s.ref() + "." + giving.get() + " }}");
            }
            // "timestamp: ts of the message to react to": the input says which output of its app it takes
            java.util.regex.Matcher said = OUTPUT_OF.matcher(prop.path("description").asString(""));
            if (s.app().equals(app) && said.lookingAt() && !said.group(1).equals("id") && s.has(said.group(1))) {
                return NODES.stringNode("{{ " + s.ref() + "." + said.group(1) + " }}");
            }
        }
        if (name.endsWith("_ids") && "array".equals(prop.path("type").asString(""))) {
            JsonNode ids = idsOf(name.substring(0, name.length() - 4), app, sources);
            if (ids != null) {
                return ids;
            }
        }
        if (loopNoun != null && name.endsWith("_id") && Words.concepts(name).contains(loopNoun)) {
            return NODES.stringNode("{{ loop.item.id }}");
        }
        return null;
    }

    /**
     * "data_ids" after a search of data: the ids of the items of the latest same-app list of that noun, as an array
     * ({@code []} keeps one id a list). The id field is the items' "id", or "_id" where the schema says so.
     */
    static JsonNode idsOf(String stem, String app, List<Source> sources) {
        String noun = Words.concept(stem);
        for (int i = sources.size() - 1; i >= 0; i--) {
            Source s = sources.get(i);
            if (!s.app().equals(app) || s.output() == null) {
                continue;
            }
            for (var field : s.output().path("properties").properties()) {
                JsonNode list = field.getValue();
                if ("array".equals(list.path("type").asString("")) && noun != null && noun.equals(Words.concept(field.getKey()))) {
                    JsonNode item = list.path("items").path("properties");
                    String id = !item.has("id") && (item.has("_id") || list.path("description").asString("").contains("_id")) ? "_id" : "id";
                    return NODES.stringNode("{{ " + s.ref() + "." + field.getKey() + "." + id + "[] }}");
                }
            }
        }
        return null;
    }

    /** A quoted or named value whose noun fits the input ("form" for form_id), to show in the question. */
    private static String hint(String name, List<Literal> literals) {
        List<String> concepts = Words.concepts(name);
        for (Literal lit : literals) {
            if ((lit.kind() == Kind.QUOTED || lit.kind() == Kind.NAMED || lit.kind() == Kind.CHANNEL) && lit.noun() != null
                    && concepts.contains(lit.noun())) {
                return lit.value();
            }
        }
        return null;
    }

    /** Whether one of the required inputs already carries the message's text. */
    private static boolean hasRequiredBody(JsonNode props, JsonNode required) {
        for (String name : props.propertyNames()) {
            if (BODIES.contains(name) && contains(required, name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(JsonNode array, String name) {
        for (JsonNode n : array) {
            if (name.equals(n.asString(""))) {
                return true;
            }
        }
        return false;
    }

    static String firstSentence(String text) {
        java.util.regex.Matcher stop = SENTENCE_END.matcher(text);
        String s = stop.find() ? text.substring(0, stop.start() + 1) : text;
        return s.length() > 160 ? s.substring(0, 157) + "…" : s;
    }
}
