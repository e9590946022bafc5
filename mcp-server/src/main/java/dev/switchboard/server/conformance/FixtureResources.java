package dev.switchboard.server.conformance;

import dev.switchboard.server.auth.Caller;
import dev.switchboard.server.mcp.ResourceProvider;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code test://static-text}, {@code test://static-binary}, {@code test://watched-resource} and a template. */
final class FixtureResources implements ResourceProvider {

    private static final Pattern TEMPLATE = Pattern.compile("test://template/([^/]+)/data");

    @Override
    public List<McpSchema.Resource> resources(Caller caller) {
        return List.of(
                McpSchema.Resource.builder("test://static-text", "Static text").mimeType("text/plain")
                        .description("A fixed text resource").build(),
                McpSchema.Resource.builder("test://static-binary", "Static binary").mimeType("image/png")
                        .description("A fixed PNG image").build(),
                McpSchema.Resource.builder("test://watched-resource", "Watched resource").mimeType("text/plain")
                        .description("A resource clients may subscribe to").build());
    }

    @Override
    public List<McpSchema.ResourceTemplate> templates(Caller caller) {
        return List.of(McpSchema.ResourceTemplate.builder("test://template/{id}/data", "Template data")
                .mimeType("application/json").description("Data for an id").build());
    }

    @Override
    public Optional<McpSchema.ReadResourceResult> read(Caller caller, String uri) {
        McpSchema.ResourceContents contents = switch (uri) {
            case "test://static-text" -> new McpSchema.TextResourceContents(uri, "text/plain",
                    "This is the content of the static text resource.");
            case "test://static-binary" -> new McpSchema.BlobResourceContents(uri, "image/png",
                    ConformanceFixtures.PNG_BASE64);
            case "test://watched-resource" -> new McpSchema.TextResourceContents(uri, "text/plain",
                    "Watched resource content.");
            default -> templated(uri);
        };
        return contents == null ? Optional.empty() : Optional.of(new McpSchema.ReadResourceResult(List.of(contents)));
    }

    private static McpSchema.ResourceContents templated(String uri) {
        Matcher matcher = TEMPLATE.matcher(uri);
        if (!matcher.matches()) {
            return null;
        }
        String id = matcher.group(1).replace("\"", "");
        return new McpSchema.TextResourceContents(uri, "application/json",
                "{\"id\":\"" + id + "\",\"templateTest\":true,\"data\":\"Data for ID: " + id + "\"}");
    }
}
