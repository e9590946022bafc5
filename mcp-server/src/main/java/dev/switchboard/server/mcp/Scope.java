package dev.switchboard.server.mcp;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which connector tools an endpoint shows: {@code /mcp?apps=kizeo_forms,slack} serves only those
 * apps' actions (management tools and flows stay), so that a client with a narrow job sees a
 * short list. Calls are resolved through the same scoped list.
 *
 * <pre>{@code
 * Scope scope = Scope.parse("kizeo_forms,slack");
 * scope.includes("slack__send_message");   // true
 * scope.includes("gmail__send_email");     // false
 * }</pre>
 */
public record Scope(Set<String> apps) {

    public static final Scope ALL = new Scope(Set.of());

    public Scope {
        apps = Set.copyOf(apps);
    }

    public static Scope parse(String apps) {
        if (apps == null || apps.isBlank()) {
            return ALL;
        }
        return new Scope(Arrays.stream(apps.split(",")).map(String::strip).filter(a -> !a.isEmpty())
                .collect(Collectors.toSet()));
    }

    /** Connector tools are {@code <app>__<action>}; everything else (management, flow__…) is always in. */
    public boolean includes(String toolName) {
        int separator = toolName.indexOf("__");
        if (apps.isEmpty() || separator < 0) {
            return true;
        }
        String app = toolName.substring(0, separator);
        return app.equals("flow") || apps.contains(app);
    }
}
