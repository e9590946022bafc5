package dev.switchboard.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A full paged {@code tools/list} over plain HTTP: what any client pays to read every tool
 * (each page parsed as a JSON tree), without the MCP SDK client's own record mapping. It
 * separates the server's listing time from the SDK client's, which the bench also reports.
 *
 * <pre>{@code
 * RawListing raw = RawListing.open("http://localhost:8080/mcp", adminToken);
 * int tools = raw.listAll();
 * }</pre>
 */
final class RawListing {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI endpoint;
    private final String token;
    private String session;
    private int nextId = 1;

    private RawListing(URI endpoint, String token) {
        this.endpoint = endpoint;
        this.token = token;
    }

    static RawListing open(String endpoint, String token) throws IOException, InterruptedException {
        RawListing raw = new RawListing(URI.create(endpoint), token);
        ObjectNode params = JSON.createObjectNode().put("protocolVersion", "2025-11-25");
        params.putObject("capabilities");
        params.putObject("clientInfo").put("name", "raw-listing").put("version", "1");
        raw.request("initialize", params);
        raw.send(JSON.createObjectNode().put("jsonrpc", "2.0").put("method", "notifications/initialized"));
        return raw;
    }

    /** Lists every page; returns how many tools were listed. */
    int listAll() throws IOException, InterruptedException {
        int tools = 0;
        String cursor = null;
        do {
            ObjectNode params = JSON.createObjectNode();
            if (cursor != null) {
                params.put("cursor", cursor);
            }
            JsonNode result = request("tools/list", params);
            tools += result.path("tools").size();
            cursor = result.path("nextCursor").isString() ? result.path("nextCursor").asString() : null;
        } while (cursor != null);
        return tools;
    }

    private JsonNode request(String method, ObjectNode params) throws IOException, InterruptedException {
        ObjectNode message = JSON.createObjectNode().put("jsonrpc", "2.0").put("id", nextId++).put("method", method);
        message.set("params", params);
        JsonNode answer = JSON.readTree(body(send(message)));
        if (answer.has("error")) {
            throw new IllegalStateException(method + " failed: " + answer.get("error"));
        }
        return answer.get("result");
    }

    private HttpResponse<String> send(ObjectNode message) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(message)));
        if (session != null) {
            request.header("Mcp-Session-Id", session);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        response.headers().firstValue("Mcp-Session-Id").ifPresent(id -> session = id);
        return response;
    }

    /** The JSON of a response, sent as plain JSON or as one server-sent event. */
    private static String body(HttpResponse<String> response) {
        String text = response.body();
        if (!response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream")) {
            return text;
        }
        StringBuilder data = new StringBuilder();
        for (String line : text.split("\n")) {
            if (line.startsWith("data:")) {
                data.append(line.substring(5).strip());
            }
        }
        return data.toString();
    }
}
