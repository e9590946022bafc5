package dev.switchboard.server.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArgumentCheckTest {

    private final ArgumentCheck check = new ArgumentCheck();
    private final Map<String, Object> schema = Map.of(
            "type", "object",
            "properties", Map.of(
                    "form_id", Map.of("type", "string"),
                    "limit", Map.of("type", "integer", "minimum", 1)),
            "required", List.of("form_id"),
            "additionalProperties", false);

    @Test
    void problems_validArguments_none() {
        assertThat(check.problems(schema, Map.of("form_id", "12", "limit", 5))).isEmpty();
    }

    @Test
    void problems_nameEachField() {
        List<String> problems = check.problems(schema, Map.of("limit", 0, "extra", true));
        assertThat(problems).hasSize(3);
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("form_id:"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("limit:"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("extra:"));
    }

    @Test
    void problems_nullArgumentsAreAnEmptyObject() {
        assertThat(check.problems(schema, null)).singleElement().asString().startsWith("form_id:");
    }
}
