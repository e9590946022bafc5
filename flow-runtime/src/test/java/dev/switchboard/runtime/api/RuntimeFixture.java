package dev.switchboard.runtime.api;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.switchboard.runtime.Databases;
import dev.switchboard.runtime.MutableClock;
import dev.switchboard.runtime.StubWorld;
import dev.switchboard.runtime.flow.Flows;
import dev.switchboard.runtime.run.Limits;
import java.nio.file.Path;
import java.time.Instant;
import javax.sql.DataSource;
import tools.jackson.databind.JsonNode;

/** A runtime on a fresh H2 database, a WireMock stub and a hand-moved clock. */
final class RuntimeFixture implements AutoCloseable {

    final WireMockServer wireMock = StubWorld.startWireMock();
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-10T10:00:00Z"));
    final DataSource dataSource;
    final Path dir;
    FlowRuntime runtime;

    RuntimeFixture(Path dir, Limits limits) {
        this(dir, limits, Databases.h2Memory());
    }

    /** On the given (empty) database, e.g. a fresh PostgreSQL schema. */
    RuntimeFixture(Path dir, Limits limits, DataSource dataSource) {
        this.dir = dir;
        this.dataSource = dataSource;
        Databases.migrate(dataSource);
        runtime = open(limits);
    }

    /** A new runtime on the same database: what a restart looks like. */
    FlowRuntime open(Limits limits) {
        return new FlowRuntime(dataSource, StubWorld.runner(wireMock.port(), StubWorld.blobs(dir)), StubWorld.connections(),
                StubWorld.blobs(dir), limits, clock, "test-worker");
    }

    /** A flow of stubapp.call steps given as a JSON array text. */
    static JsonNode flow(String steps) {
        return flow(steps, null);
    }

    static JsonNode flow(String steps, String output) {
        return Flows.JSON.readTree("{\"format\": \"switchboard.flow/v1\", \"name\": \"test\", "
                + "\"inputs\": {\"type\": \"object\", \"properties\": {\"n\": {\"type\": \"integer\"}, \"items\": {\"type\": \"array\"}}},"
                + "\"steps\": " + steps + (output == null ? "" : ", \"output\": " + output) + "}");
    }

    static String call(String id, String step, String extra) {
        return "{\"id\": \"" + id + "\", \"action\": \"stubapp.call\", \"connection\": \"stub\", "
                + "\"input\": {\"step\": \"" + step + "\", \"ref\": \"r\"" + (extra == null ? "" : ", " + extra) + "}}";
    }

    @Override
    public void close() {
        runtime.close();
        wireMock.stop();
    }
}
