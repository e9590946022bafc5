package dev.switchboard.prompts.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.catalog.connector.Catalog;
import dev.switchboard.prompts.builder.BuildRequest;
import dev.switchboard.prompts.builder.BuildResult;
import dev.switchboard.prompts.builder.FlowBuilder;
import dev.switchboard.prompts.eval.Skeleton;
import dev.switchboard.runtime.validate.FlowValidator;
import java.util.List;
import java.util.Map;

/**
 * One sentence through the builder with the offline planner only, for the planner's rule tests.
 *
 * <pre>{@code
 * assertThat(Planned.skeleton("When a Trello card is created, post it on Slack.").actions()).containsExactly("slack.send_message");
 * }</pre>
 */
final class Planned {

    private static final Catalog CATALOG = Catalog.bundled();
    private static final FlowBuilder BUILDER = new FlowBuilder(new FlowValidator(CATALOG, Map.of()));
    private static final OfflinePlanner PLANNER = new OfflinePlanner(CATALOG);

    private Planned() {
    }

    static BuildResult build(String text) {
        return BUILDER.build(new BuildRequest(text), List.of(PLANNER));
    }

    /** The draft's skeleton; fails the test when the draft is not valid. */
    static Skeleton skeleton(String text) {
        return skeleton(text, List.of());
    }

    /** The draft's skeleton with app hints, as build_flow's {@code apps}; fails the test when the draft is not valid. */
    static Skeleton skeleton(String text, List<String> appHints) {
        BuildResult result = BUILDER.build(new BuildRequest(text, null, appHints), List.of(PLANNER));
        assertThat(result.valid()).as(text).isTrue();
        return Skeleton.of(result.flow());
    }
}
