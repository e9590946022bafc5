package dev.switchboard.catalog.core;

import dev.switchboard.catalog.action.ActionCall;
import dev.switchboard.catalog.action.ActionRunner;
import dev.switchboard.catalog.engine.ActionException;
import dev.switchboard.catalog.engine.Expressions;
import dev.switchboard.catalog.engine.JsonPaths;
import dev.switchboard.catalog.engine.Template;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code data.transform}, {@code data.format_text}, {@code data.parse_json}, {@code data.format_date}.
 *
 * <pre>{@code
 * DataActions.register(runner);
 * }</pre>
 */
public final class DataActions {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** {@code {name}} but not {@code {{…}}}, which belongs to flow templates. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{|}}|\\{\\s*([^{}]+?)\\s*}");

    private DataActions() {
    }

    public static void register(ActionRunner runner) {
        runner.register("data", "transform", DataActions::transform);
        runner.register("data", "format_text", DataActions::formatText);
        runner.register("data", "parse_json", DataActions::parseJson);
        runner.register("data", "format_date", DataActions::formatDate);
    }

    static JsonNode transform(ActionCall call) {
        String expression = call.input().path("expression").asString("");
        try {
            JsonNode result = Expressions.evaluate(expression, call.input().path("data"));
            return NODES.objectNode().set("result", result.isMissingNode() ? NODES.nullNode() : result);
        } catch (Expressions.ExpressionException e) {
            throw new ActionException(0, e.getMessage());
        }
    }

    static JsonNode formatText(ActionCall call) {
        String template = call.input().path("template").asString("");
        JsonNode values = call.input().path("values");
        List<String> missing = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            if (matcher.group(1) == null) {
                matcher.appendReplacement(out, matcher.group().equals("{{") ? "{" : "}");
                continue;
            }
            JsonNode value = JsonPaths.read(values, matcher.group(1));
            if (value.isMissingNode()) {
                missing.add(matcher.group(1));
                continue;
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(Template.asText(value)));
        }
        matcher.appendTail(out);
        if (!missing.isEmpty()) {
            throw new ActionException(0, "no value for the placeholders " + missing + "; add them to values");
        }
        String text = switch (call.input().path("case").asString("none")) {
            case "upper" -> out.toString().toUpperCase(Locale.ROOT);
            case "lower" -> out.toString().toLowerCase(Locale.ROOT);
            case "trim" -> out.toString().strip();
            default -> out.toString();
        };
        return NODES.objectNode().put("text", text);
    }

    static JsonNode parseJson(ActionCall call) {
        String text = call.input().path("text").asString("");
        try {
            return NODES.objectNode().set("value", JSON.readTree(text));
        } catch (JacksonException e) {
            throw new ActionException(0, "not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()));
        }
    }

    static JsonNode formatDate(ActionCall call) {
        JsonNode input = call.input();
        ZoneId zone;
        Locale locale;
        try {
            zone = ZoneId.of(input.path("timezone").asString("UTC"));
        } catch (RuntimeException e) {
            throw new ActionException(0, "unknown time zone '" + input.path("timezone").asString() + "': use an IANA name such as Europe/Paris");
        }
        locale = Locale.forLanguageTag(input.path("locale").asString("en"));
        Instant instant = parse(input.path("date").asString(""), input.path("input_pattern").asString(null), zone);
        String text;
        if (input.hasNonNull("pattern")) {
            try {
                text = DateTimeFormatter.ofPattern(input.path("pattern").asString(), locale).format(instant.atZone(zone));
            } catch (IllegalArgumentException e) {
                throw new ActionException(0, "bad pattern '" + input.path("pattern").asString() + "': " + e.getMessage());
            }
        } else {
            text = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
        }
        ObjectNode out = NODES.objectNode();
        out.put("text", text);
        out.put("iso", instant.toString());
        out.put("epoch_ms", instant.toEpochMilli());
        return out;
    }

    static Instant parse(String date, String pattern, ZoneId zone) {
        String value = date.strip();
        if (value.equalsIgnoreCase("now")) {
            return Instant.now();
        }
        try {
            if (pattern != null) {
                DateTimeFormatter formatter = DateTimeFormatter.ofPattern(pattern);
                try {
                    return ZonedDateTime.parse(value, formatter).toInstant();
                } catch (DateTimeParseException e) {
                    try {
                        return LocalDateTime.parse(value, formatter).atZone(zone).toInstant();
                    } catch (DateTimeParseException again) {
                        return LocalDate.parse(value, formatter).atStartOfDay(zone).toInstant();
                    }
                }
            }
            if (value.matches("-?\\d{9,}")) {
                return Instant.ofEpochMilli(Long.parseLong(value));
            }
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(value).atStartOfDay(zone).toInstant();
            }
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException e) {
                return LocalDateTime.parse(value).atZone(zone).toInstant();
            }
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new ActionException(0, "cannot read the date '" + value + "'"
                    + (pattern == null ? ": use ISO-8601 (2026-03-01T08:00:00Z), epoch milliseconds, or give input_pattern"
                            : " with the pattern '" + pattern + "'"));
        }
    }
}
