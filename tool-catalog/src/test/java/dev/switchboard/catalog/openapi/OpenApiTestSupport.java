package dev.switchboard.catalog.openapi;

import dev.switchboard.catalog.connector.ActionSpec;
import dev.switchboard.catalog.connector.Connector;
import dev.switchboard.catalog.connector.ConnectorLoader;
import dev.switchboard.catalog.schema.SchemaLint;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/** Shared checks of the OpenAPI importer tests. */
final class OpenApiTestSupport {

    private OpenApiTestSupport() {
    }

    static ImportResult importText(String content, String app) {
        return new OpenApiImporter().importDocument(content, app);
    }

    static String resource(String name) {
        try (InputStream in = OpenApiTestSupport.class.getResourceAsStream("/openapi/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource /openapi/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every problem of an imported connector: the loader's checks, the lint of every tool, and
     * a round trip through the connector file format (written, then read back by the loader).
     */
    static List<String> problems(Connector connector) {
        List<String> problems = new ArrayList<>(ConnectorLoader.problems(connector));
        for (ActionSpec action : connector.actions()) {
            problems.addAll(SchemaLint.tool(connector.app() + "__" + action.id(), action.input()));
        }
        try {
            ConnectorLoader.read(connector.app() + ".json", new ByteArrayInputStream(file(connector)));
        } catch (RuntimeException e) {
            problems.add("round trip: " + e.getMessage());
        }
        return problems;
    }

    /**
     * The connector as a connector file. ActionSpec's {@code isJava()} is written as a
     * {@code "java"} property that the loader then refuses, so it is taken out here.
     */
    static byte[] file(Connector connector) {
        ObjectNode tree = ConnectorLoader.JSON.valueToTree(connector);
        tree.path("actions").forEach(a -> ((ObjectNode) a).remove("java"));
        return ConnectorLoader.JSON.writeValueAsBytes(tree);
    }
}
