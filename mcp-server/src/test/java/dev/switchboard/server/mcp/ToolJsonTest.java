package dev.switchboard.server.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson3.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ToolJsonTest {

    private final JsonMapper trees = JsonMapper.builder().build();
    private final McpJsonMapper sdk = new JacksonMcpJsonMapper(trees);

    private static McpSchema.Tool tool(String name) {
        Map<String, Object> schema = Map.of("type", "object",
                "properties", Map.of("query", Map.of("type", "string", "description", "Words, e.g. \"créer\" ✓")),
                "required", List.of("query"), "additionalProperties", false);
        return McpSchema.Tool.builder(name, schema).title("Title of " + name).description("Does \"" + name + "\".")
                .outputSchema(Map.of("type", "object")).annotations(new McpSchema.ToolAnnotations(null, true, false, true, true, null))
                .build();
    }

    @Test
    void page_isTheJsonTheSdkWritesForTheSameListToolsResult_withAndWithoutNextCursor() throws Exception {
        ToolJson json = new ToolJson(sdk);
        List<McpSchema.Tool> tools = List.of(tool("a__one"), tool("b__two"));

        String withCursor = sdk.writeValueAsString(new McpSchema.JSONRPCResponse("2.0", 7, json.page(tools, "bzoy"), null));
        String last = sdk.writeValueAsString(new McpSchema.JSONRPCResponse("2.0", 8, json.page(tools, null), null));

        String expectedWithCursor = sdk.writeValueAsString(new McpSchema.JSONRPCResponse("2.0", 7,
                McpSchema.ListToolsResult.builder(tools).nextCursor("bzoy").build(), null));
        String expectedLast = sdk.writeValueAsString(new McpSchema.JSONRPCResponse("2.0", 8,
                McpSchema.ListToolsResult.builder(tools).build(), null));
        assertThat(trees.readTree(withCursor)).isEqualTo(trees.readTree(expectedWithCursor));
        assertThat(trees.readTree(last)).isEqualTo(trees.readTree(expectedLast));
        assertThat(trees.readTree(last).path("result").has("nextCursor")).isFalse();
    }

    @Test
    void page_readBackByTheSdk_givesTheSameToolsAgain_whenServedTwiceFromTheCache() throws Exception {
        ToolJson json = new ToolJson(sdk);
        List<McpSchema.Tool> tools = List.of(tool("a__one"));
        json.page(tools, null);

        String again = sdk.writeValueAsString(json.page(tools, null));
        McpSchema.ListToolsResult read = sdk.readValue(again, McpSchema.ListToolsResult.class);

        assertThat(read.tools()).containsExactlyElementsOf(tools);
    }
}
