package dev.switchboard.prompts.eval;

import java.util.List;

/**
 * One line of an evaluation file: a description and the flow skeleton it should give.
 *
 * <pre>{@code
 * new EvalCase("c1", "en", "When a card is created in Trello, post on Slack", List.of("trello.new_card"),
 *         List.of(List.of("slack.send_message")), List.of(), 1);
 * }</pre>
 *
 * @param triggers {@code app.event} of the expected trigger; more than one when several are equally right
 * @param actions expected actions in reading order; each entry lists the accepted ids
 * @param control kinds of control step the flow must contain ({@code if}, {@code for_each},
 *                {@code delay}, {@code approval}); empty when the case says nothing about them
 * @param line the line of the file, for messages
 */
public record EvalCase(String id, String lang, String text, List<String> triggers, List<List<String>> actions,
                       List<String> control, int line) {
    public EvalCase {
        triggers = List.copyOf(triggers);
        actions = actions.stream().map(List::copyOf).toList();
        control = List.copyOf(control);
    }
}
