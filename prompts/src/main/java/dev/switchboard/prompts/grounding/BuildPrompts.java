package dev.switchboard.prompts.grounding;

import dev.switchboard.catalog.connector.Catalog;
import dev.switchboard.prompts.builder.BuildRequest;
import dev.switchboard.prompts.template.PromptTemplate;
import dev.switchboard.runtime.validate.Problem;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * The builder's prompts, grounded in the catalog: the flow format, a few examples and only the
 * part of the catalog that matches the description. The texts are resources under
 * {@code prompts/}; the LLM engines and the MCP prompt {@code build_flow} render the same ones.
 *
 * <pre>{@code
 * BuildPrompts prompts = new BuildPrompts(catalog);
 * String system = prompts.system(request);
 * String user = prompts.user(request);
 * }</pre>
 */
public final class BuildPrompts {

    private static final PromptTemplate SYSTEM = PromptTemplate.load("build-system.txt");
    private static final PromptTemplate USER = PromptTemplate.load("build-user.txt");
    private static final PromptTemplate REPAIR = PromptTemplate.load("repair-user.txt");
    private static final PromptTemplate CLIENT = PromptTemplate.load("build-client.txt");
    private static final String FORMAT = PromptTemplate.load("flow-format.txt").render(Map.of());
    private static final String EXAMPLES = PromptTemplate.load("build-examples.txt").render(Map.of());

    private final CatalogExcerpt excerpt;

    public BuildPrompts(Catalog catalog) {
        this(new CatalogExcerpt(catalog));
    }

    public BuildPrompts(CatalogExcerpt excerpt) {
        this.excerpt = excerpt;
    }

    /** Instructions, format, examples and the matching catalog, for the system role. */
    public String system(BuildRequest request) {
        return SYSTEM.render(Map.of("format", FORMAT, "examples", EXAMPLES, "catalog", catalog(request)));
    }

    public String user(BuildRequest request) {
        return USER.render(Map.of("description", request.text(), "language", language(request),
                "app_hints", request.appHints().isEmpty() ? "none" : String.join(", ", request.appHints())));
    }

    /** Asks for a corrected flow: the previous one with the validator's problems. */
    public String repair(BuildRequest request, JsonNode flow, List<Problem> problems) {
        return REPAIR.render(Map.of("description", request.text(), "flow", flow.toPrettyString(), "problems", lines(problems)));
    }

    /** One self-contained text for an MCP client that builds the flow itself with the flow tools. */
    public String forClient(BuildRequest request) {
        return CLIENT.render(Map.of("description", request.text(), "language", language(request), "format", FORMAT,
                "examples", EXAMPLES, "catalog", catalog(request)));
    }

    /** The examples, as shipped (tests check that their flows pass the validator). */
    public static String examples() {
        return EXAMPLES;
    }

    private String catalog(BuildRequest request) {
        return excerpt.describe(request.text(), request.appHints());
    }

    private static String language(BuildRequest request) {
        return request.language() == null ? "the description's own (English or French)" : request.language();
    }

    static String lines(List<Problem> problems) {
        return problems.stream().map(p -> "- " + (p.pointer().isEmpty() ? "/" : p.pointer()) + " [" + p.code() + "] "
                + p.message() + (p.suggestions().isEmpty() ? "" : " (suggestions: " + String.join(", ", p.suggestions()) + ")"))
                .collect(Collectors.joining("\n"));
    }
}
