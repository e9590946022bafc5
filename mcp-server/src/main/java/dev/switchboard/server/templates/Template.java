package dev.switchboard.server.templates;

import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * A ready flow with slots for what differs between users (a form id, a folder, a channel, the
 * connections' names): {@code {{param.x}}} in any string of {@code flow}. A string that is only
 * the slot takes the parameter's value with its type; elsewhere the value is put in as text.
 *
 * <pre>{@code
 * Template t = catalog.find("kizeo-pdf-to-google-drive").orElseThrow();
 * JsonNode flow = Templates.instantiate(t, Map.of("form_id", "923838", "drive_folder_id", "1AbC", "name_field", "site"));
 * }</pre>
 *
 * @param parameters a JSON Schema of type object; each property has a description and examples
 * @param titleFr the French title, or null
 * @param descriptionFr the French description, or null
 */
public record Template(String id, String title, String description, String titleFr, String descriptionFr, List<String> apps,
        JsonNode parameters, JsonNode flow) {

    public Template {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        apps = List.copyOf(apps);
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(flow, "flow");
    }
}
