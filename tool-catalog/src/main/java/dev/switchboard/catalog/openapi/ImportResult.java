package dev.switchboard.catalog.openapi;

import dev.switchboard.catalog.connector.Connector;
import java.util.List;
import java.util.Objects;

/**
 * What an OpenAPI import produced: the connector (one action per imported operation) and
 * everything of the document that it leaves out, each with the reason.
 *
 * <pre>{@code
 * ImportResult result = new OpenApiImporter().importDocument(yaml, "petstore");
 * catalog.add(result.connector());
 * result.skipped().forEach(s -> log.info("{} {}: {}", s.method(), s.path(), s.reason()));
 * }</pre>
 *
 * @param skipped operations that are not actions, and document parts (security schemes, path
 *                items) that are not used; document parts have an empty {@code method}
 */
public record ImportResult(Connector connector, List<Skipped> skipped) {

    public ImportResult {
        Objects.requireNonNull(connector, "connector");
        skipped = skipped == null ? List.of() : List.copyOf(skipped);
    }

    /** Only the skipped operations (entries with a method). */
    public List<Skipped> skippedOperations() {
        return skipped.stream().filter(s -> !s.method().isEmpty()).toList();
    }

    /**
     * One operation (or document part) left out.
     *
     * <pre>{@code
     * new Skipped("POST", "/pets/{id}/photo", "cookie parameter 'session' (connectors send no cookies)");
     * new Skipped("", "components.securitySchemes.openId", "openIdConnect needs the provider's discovery document");
     * }</pre>
     *
     * @param method upper-case HTTP method, or empty for a document part
     * @param path the operation's path, or where the document part is
     */
    public record Skipped(String method, String path, String reason) {

        public Skipped {
            method = method == null ? "" : method;
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
