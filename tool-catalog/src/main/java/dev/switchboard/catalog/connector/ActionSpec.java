package dev.switchboard.catalog.connector;

import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * One action of an app: its contract (input and output JSON Schemas, MCP annotations) and how
 * it runs, either as HTTP requests described here or, when {@code implementation} is
 * {@code "java"}, by a registered handler.
 *
 * <pre>{@code
 * ActionSpec list = connector.action("get_all_forms").orElseThrow();
 * list.requests().get(0).path();   // "/forms"
 * }</pre>
 *
 * @param requests the HTTP calls, in order; later ones may use {@code {{responses.<name>.body…}}}
 * @param result JSONata expression building the output from {@code input}, {@code body},
 *               {@code status}, {@code headers}, {@code responses}, {@code items} and {@code file};
 *               null for the default (the last body when it is an object)
 */
public record ActionSpec(
        String id,
        String title,
        String description,
        Annotations annotations,
        JsonNode input,
        JsonNode output,
        String implementation,
        List<RequestSpec> requests,
        String result,
        String source) {

    public ActionSpec {
        Objects.requireNonNull(id, "id");
        requests = requests == null ? List.of() : List.copyOf(requests);
        annotations = annotations == null ? Annotations.DEFAULT : annotations;
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isJava() {
        return "java".equals(implementation);
    }
}
