package dev.switchboard.catalog.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class ExpressionsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void plain_givesWhatJacksonsConversionGives_valueForValueAndTypeForType() {
        ObjectNode tree = (ObjectNode) JSON.readTree("""
                {"s": "text", "t": true, "n": null, "i": 42, "l": 12345678901, "d": 1.5, "neg": -3,
                 "big": 123456789012345678901234567890, "list": [1, "a", {"x": [null, false]}], "empty": {}, "none": []}""");
        tree.set("decimal", JsonNodeFactory.instance.numberNode(new BigDecimal("0.1")));
        tree.set("bigint", JsonNodeFactory.instance.numberNode(BigInteger.TEN));
        tree.set("float", JsonNodeFactory.instance.numberNode(2.5f));

        Object expected = JSON.convertValue(tree, Object.class);
        Object actual = Expressions.plain(tree);

        assertThat(actual).isEqualTo(expected);
        assertThat(JSON.valueToTree(actual).toString()).isEqualTo(JSON.valueToTree(expected).toString());
        ((java.util.Map<?, ?>) expected).forEach((k, v) -> assertThat(((java.util.Map<?, ?>) actual).get(k))
                .as(String.valueOf(k)).satisfies(a -> assertThat(a == null ? null : a.getClass()).isEqualTo(v == null ? null : v.getClass())));
    }

    @Test
    void evaluate_readsTheTree() {
        JsonNode scope = JSON.readTree("{\"status\": 200, \"headers\": {\"a\": \"b\"}, \"body\": {\"ok\": true, \"n\": [1, 2.5]}}");
        assertThat(Expressions.evaluate("{'status': status, 'headers': headers, 'body': body}", scope)).isEqualTo(scope);
        assertThat(Expressions.evaluate("$sum(body.n)", scope).asDouble()).isEqualTo(3.5);
    }
}
