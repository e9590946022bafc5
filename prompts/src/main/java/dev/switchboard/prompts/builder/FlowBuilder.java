package dev.switchboard.prompts.builder;

import dev.switchboard.runtime.validate.FlowValidator;
import dev.switchboard.runtime.validate.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a description into a validated draft: asks the first engine that works, validates what
 * it proposes, and hands the problems back for at most {@link #MAX_REPAIR_ROUNDS} repair
 * rounds. Problems at placeholders are not problems: they are the open questions. It never
 * publishes anything.
 *
 * <pre>{@code
 * FlowBuilder builder = new FlowBuilder(new FlowValidator(catalog, connections));
 * BuildResult result = builder.build(new BuildRequest(text), List.of(llmEngine, offlinePlanner));
 * BuildResult answered = builder.answer(result, Map.of("form_id", JsonNodeFactory.instance.stringNode("42")));
 * }</pre>
 */
public final class FlowBuilder {

    public static final int MAX_REPAIR_ROUNDS = 3;

    private final FlowValidator validator;

    private static final System.Logger LOG = System.getLogger(FlowBuilder.class.getName());

    public FlowBuilder(FlowValidator validator) {
        this.validator = validator;
    }

    /**
     * Tries the engines in order; an engine that throws {@link EngineException}, or fails
     * unexpectedly (a bug: logged, and only its kind is noted, since its message may quote what
     * the engine was given), is noted and the next one is asked.
     *
     * @throws EngineException when every engine failed (the message lists why)
     */
    public BuildResult build(BuildRequest request, List<Engine> engines) {
        List<String> notes = new ArrayList<>();
        for (Engine engine : engines) {
            try {
                return refine(request, engine, engine.propose(request), notes);
            } catch (EngineException e) {
                notes.add(engine.name() + ": " + e.getMessage());
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "flow builder engine " + engine.name() + " failed", e);
                notes.add(engine.name() + ": failed unexpectedly (" + e.getClass().getSimpleName() + "); the server log has the details");
            }
        }
        throw new EngineException("no engine could build a flow: " + String.join("; ", notes));
    }

    /** Validates and repairs an engine's draft. */
    private BuildResult refine(BuildRequest request, Engine engine, Draft draft, List<String> notes) {
        List<Problem> problems = blocking(draft.flow());
        int rounds = 0;
        while (!problems.isEmpty() && rounds < MAX_REPAIR_ROUNDS) {
            rounds++;
            try {
                draft = engine.repair(request, draft, problems);
            } catch (EngineException e) {
                notes.add(engine.name() + " repair round " + rounds + ": " + e.getMessage());
                break;
            }
            problems = blocking(draft.flow());
        }
        return result(draft.flow(), draft.questions(), draft.explanation(), engine.name(), problems, rounds, notes);
    }

    /**
     * Puts the user's answers in place of their placeholders (every place a placeholder of that
     * name appears, e.g. a form id used by the trigger and a step) and validates again. Answers
     * to unknown question names are ignored; questions not answered stay open.
     */
    public BuildResult answer(BuildResult previous, Map<String, JsonNode> answers) {
        ObjectNode flow = previous.flow().deepCopy();
        for (Map.Entry<String, String> placeholder : PlaceholderScan.pointers(flow).entrySet()) {
            JsonNode answer = answers.get(placeholder.getValue());
            if (answer != null) {
                replace(flow, placeholder.getKey(), answer);
            }
        }
        return result(flow, previous.questions(), previous.explanation(), previous.engine(),
                blocking(flow), previous.repairRounds(), previous.notes());
    }

    private BuildResult result(ObjectNode flow, List<Question> questions, String explanation, String engine,
                               List<Problem> problems, int rounds, List<String> notes) {
        List<Question> open = questions.stream().filter(q -> isPlaceholder(flow.at(q.pointer()))).toList();
        return new BuildResult(flow, open, explanation, engine, problems.isEmpty(), problems, rounds, notes);
    }

    /** The validator's problems, except those about a placeholder value. */
    public List<Problem> blocking(ObjectNode flow) {
        return validator.validate(flow).stream().filter(p -> !isPlaceholder(flow.at(p.pointer()))).toList();
    }

    private static boolean isPlaceholder(JsonNode node) {
        return node != null && node.isString() && Placeholders.name(node.asString()).isPresent();
    }

    private static void replace(ObjectNode flow, String pointer, JsonNode value) {
        JsonPointer path = JsonPointer.compile(pointer);
        JsonNode parent = flow.at(path.head());
        String last = path.last().getMatchingProperty();
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else if (parent instanceof ArrayNode array && path.last().mayMatchElement()) {
            array.set(path.last().getMatchingIndex(), value);
        }
    }
}
