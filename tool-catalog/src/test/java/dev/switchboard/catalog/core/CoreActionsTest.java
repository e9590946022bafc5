package dev.switchboard.catalog.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.switchboard.catalog.action.ActionCall;
import dev.switchboard.catalog.action.ActionRunner;
import dev.switchboard.catalog.connection.Connection;
import dev.switchboard.catalog.connection.Credentials;
import dev.switchboard.catalog.connector.Catalog;
import dev.switchboard.catalog.engine.ActionException;
import dev.switchboard.catalog.engine.HttpEngine;
import dev.switchboard.catalog.files.BlobStore;
import dev.switchboard.catalog.files.FileRef;
import dev.switchboard.catalog.net.OutboundGuard;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** data.*, storage.* and email.send_email through the same runner the server uses. */
class CoreActionsTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(com.icegreen.greenmail.configuration.GreenMailConfiguration.aConfig()
                    .withUser("mailer", "s3cret-pw"));

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path temp;

    ActionRunner runner;
    BlobStore blobs;

    @BeforeEach
    void setUp() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (var c = h2.getConnection(); Statement st = c.createStatement();
                var in = getClass().getResourceAsStream("/db/migration/V3__kv_store.sql")) {
            st.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        blobs = new BlobStore(temp);
        OutboundGuard guard = new OutboundGuard(List.of("127.0.0.1", "localhost"));
        runner = new ActionRunner(Catalog.bundled(), new HttpEngine(guard, blobs, UnaryOperator.identity(), Duration.ofSeconds(5)));
        CoreActions.register(runner, h2, blobs, guard);
    }

    private JsonNode run(String app, String action, String input, String owner) {
        return runner.run(new ActionCall(app, action, JSON.readTree(input), null, owner));
    }

    @Test
    void transform_evaluatesJsonata() {
        JsonNode out = run("data", "transform", "{\"expression\": \"$sum(lines.amount)\", \"data\": {\"lines\": [{\"amount\": 2}, {\"amount\": 3.5}]}}", "alice");
        assertThat(out.path("result").asDouble()).isEqualTo(5.5);
        assertThatThrownBy(() -> run("data", "transform", "{\"expression\": \"$sum(\"}", "alice"))
                .isInstanceOf(ActionException.class).hasMessageContaining("not valid JSONata");
    }

    @Test
    void formatText_fillsPlaceholders_andNamesMissingOnes() {
        JsonNode out = run("data", "format_text", "{\"template\": \"Hello {name}, order {order.id} {{ok}} \", \"values\": {\"name\": \"Ann\", \"order\": {\"id\": 7}}, \"case\": \"upper\"}", "alice");
        assertThat(out.path("text").asString()).isEqualTo("HELLO ANN, ORDER 7 {OK} ");
        assertThatThrownBy(() -> run("data", "format_text", "{\"template\": \"{a} {b}\", \"values\": {}}", "alice"))
                .isInstanceOf(ActionException.class).hasMessageContaining("[a, b]");
    }

    @Test
    void parseJson_givesTheValueOrThePositionOfTheError() {
        assertThat(run("data", "parse_json", "{\"text\": \"{\\\"a\\\": [1, 2]}\"}", "alice").path("value").path("a").size()).isEqualTo(2);
        assertThatThrownBy(() -> run("data", "parse_json", "{\"text\": \"{\\\"a\\\": }\"}", "alice"))
                .isInstanceOf(ActionException.class).hasMessageContaining("line 1");
    }

    @Test
    void formatDate_convertsZonesPatternsAndLocales() {
        JsonNode out = run("data", "format_date", "{\"date\": \"2026-03-01T08:00:00Z\", \"pattern\": \"EEEE d MMMM yyyy HH:mm\", \"timezone\": \"Europe/Paris\", \"locale\": \"fr\"}", "alice");
        assertThat(out.path("text").asString()).isEqualTo("dimanche 1 mars 2026 09:00");
        assertThat(out.path("epoch_ms").asLong()).isEqualTo(1772352000000L);
        JsonNode parsed = run("data", "format_date", "{\"date\": \"01/03/2026 09:00\", \"input_pattern\": \"dd/MM/yyyy HH:mm\", \"timezone\": \"Europe/Paris\"}", "alice");
        assertThat(parsed.path("iso").asString()).isEqualTo("2026-03-01T08:00:00Z");
        assertThatThrownBy(() -> run("data", "format_date", "{\"date\": \"yesterday-ish\"}", "alice"))
                .isInstanceOf(ActionException.class).hasMessageContaining("ISO-8601");
    }

    @Test
    void storage_keepsValuesPerOwner() {
        assertThat(run("storage", "put", "{\"key\": \"last\", \"value\": {\"id\": 41}}", "alice").path("replaced").asBoolean()).isFalse();
        assertThat(run("storage", "put", "{\"key\": \"last\", \"value\": {\"id\": 42}}", "alice").path("replaced").asBoolean()).isTrue();
        assertThat(run("storage", "get", "{\"key\": \"last\"}", "alice").path("value").path("id").asInt()).isEqualTo(42);
        JsonNode other = run("storage", "get", "{\"key\": \"last\", \"default\": 0}", "bob");
        assertThat(other.path("found").asBoolean()).isFalse();
        assertThat(other.path("value").asInt()).isZero();
        assertThat(run("storage", "delete", "{\"key\": \"last\"}", "bob").path("deleted").asBoolean()).isFalse();
        assertThat(run("storage", "delete", "{\"key\": \"last\"}", "alice").path("deleted").asBoolean()).isTrue();
        assertThatThrownBy(() -> run("storage", "put", "{\"key\": \"big\", \"value\": \"" + "x".repeat(70_000) + "\"}", "alice"))
                .isInstanceOf(ActionException.class).hasMessageContaining("65536");
    }

    @Test
    void sendEmail_deliversTextHtmlAndAttachmentThroughSmtp() throws Exception {
        FileRef pdf = blobs.put("alice", "report.pdf", "application/pdf", "%PDF-1.4 fake".getBytes(StandardCharsets.UTF_8));
        Connection connection = new Connection("c1", "smtp", "email", "alice", new Credentials.Basic("mailer", "s3cret-pw"),
                Map.of("host", "127.0.0.1", "port", String.valueOf(smtp.getSmtp().getPort()), "security", "none",
                        "from", "Reports <reports@example.com>"));
        JsonNode out = runner.run(new ActionCall("email", "send_email", JSON.readTree("""
                {"to": ["ann@example.com"], "cc": ["bob@example.com"], "subject": "Rapport été",
                 "text": "See attached.", "html": "<p>See attached.</p>",
                 "attachments": [{"file_id": "%s", "name": "report.pdf"}]}""".formatted(pdf.fileId())), connection, "alice"));
        assertThat(out.path("message_id").asString()).isNotBlank();
        assertThat(out.path("accepted").toString()).contains("ann@example.com", "bob@example.com");
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(received[0].getSubject()).isEqualTo("Rapport été");
        assertThat(received[0].getFrom()[0].toString()).contains("reports@example.com");
        MimeMultipart mixed = (MimeMultipart) received[0].getContent();
        assertThat(mixed.getCount()).isEqualTo(2);
        assertThat(mixed.getBodyPart(1).getFileName()).isEqualTo("report.pdf");
    }

    @Test
    void sendEmail_refusesSomeoneElsesFile_andWrongPasswordsWithoutEchoingThem() {
        FileRef bobs = blobs.put("bob", "secret.pdf", "application/pdf", new byte[] {1});
        Connection connection = new Connection("c1", "smtp", "email", "alice", new Credentials.Basic("mailer", "s3cret-pw"),
                Map.of("host", "127.0.0.1", "port", String.valueOf(smtp.getSmtp().getPort()), "security", "none", "from", "a@example.com"));
        assertThatThrownBy(() -> runner.run(new ActionCall("email", "send_email", JSON.readTree(
                "{\"to\": [\"x@example.com\"], \"subject\": \"s\", \"attachments\": [{\"file_id\": \"" + bobs.fileId() + "\"}]}"),
                connection, "alice"))).isInstanceOf(ActionException.class).hasMessageContaining("not yours");
        Connection wrong = new Connection("c2", "smtp", "email", "alice", new Credentials.Basic("mailer", "wrong-pw-123"),
                connection.fields());
        assertThatThrownBy(() -> runner.run(new ActionCall("email", "send_email", JSON.readTree(
                "{\"to\": [\"x@example.com\"], \"subject\": \"s\"}"), wrong, "alice")))
                .isInstanceOf(ActionException.class).hasMessageContaining("refused").hasMessageNotContaining("wrong-pw-123");
    }

    @Test
    void sendEmail_toAPrivateHostIsRefusedUnlessAllowed() {
        Connection connection = new Connection("c1", "smtp", "email", "alice", new Credentials.None(),
                Map.of("host", "10.1.2.3", "port", "25", "security", "none", "from", "a@example.com"));
        assertThatThrownBy(() -> runner.run(new ActionCall("email", "send_email", JSON.readTree(
                "{\"to\": [\"x@example.com\"], \"subject\": \"s\"}"), connection, "alice")))
                .isInstanceOf(ActionException.class).hasMessageContaining("private address");
    }
}
