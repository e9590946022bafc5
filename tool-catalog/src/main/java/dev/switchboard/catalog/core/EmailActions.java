package dev.switchboard.catalog.core;

import dev.switchboard.catalog.action.ActionCall;
import dev.switchboard.catalog.action.ActionRunner;
import dev.switchboard.catalog.connection.Connection;
import dev.switchboard.catalog.connection.Credentials;
import dev.switchboard.catalog.engine.ActionException;
import dev.switchboard.catalog.files.BlobStore;
import dev.switchboard.catalog.files.FileRef;
import dev.switchboard.catalog.net.BlockedRequestException;
import dev.switchboard.catalog.net.OutboundGuard;
import jakarta.activation.DataHandler;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code email.send_email} over SMTP (STARTTLS, TLS or plain), with attachments from the blob
 * store. The SMTP host passes the same outbound guard as HTTP actions.
 *
 * <pre>{@code
 * EmailActions.register(runner, blobs, guard);
 * }</pre>
 */
public final class EmailActions {

    private static final int TIMEOUT_MS = 30_000;

    private EmailActions() {
    }

    public static void register(ActionRunner runner, BlobStore blobs, OutboundGuard guard) {
        runner.register("email", "send_email", call -> send(call, blobs, guard));
    }

    static JsonNode send(ActionCall call, BlobStore blobs, OutboundGuard guard) {
        Connection connection = call.connection();
        if (connection == null || connection.fields().get("host") == null) {
            throw new ActionException(0, "email.send_email needs an SMTP connection with a host");
        }
        String host = connection.fields().get("host");
        String security = connection.fields().getOrDefault("security", "starttls");
        String port = connection.fields().getOrDefault("port", "tls".equals(security) ? "465" : "587");
        try {
            guard.check(URI.create("http://" + host + ":" + port));
        } catch (BlockedRequestException | IllegalArgumentException e) {
            throw new ActionException(0, "SMTP host refused: " + e.getMessage());
        }
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", port);
        properties.put("mail.smtp.connectiontimeout", String.valueOf(TIMEOUT_MS));
        properties.put("mail.smtp.timeout", String.valueOf(TIMEOUT_MS));
        properties.put("mail.smtp.writetimeout", String.valueOf(TIMEOUT_MS));
        properties.put("mail.smtp.starttls.enable", String.valueOf("starttls".equals(security)));
        properties.put("mail.smtp.starttls.required", String.valueOf("starttls".equals(security)));
        properties.put("mail.smtp.ssl.enable", String.valueOf("tls".equals(security)));
        boolean authenticate = connection.credentials() instanceof Credentials.Basic;
        properties.put("mail.smtp.auth", String.valueOf(authenticate));
        Session session = Session.getInstance(properties);
        JsonNode input = call.input();
        try {
            MimeMessage message = new MimeMessage(session);
            String from = input.path("from").asString(connection.fields().get("from"));
            if (from == null || from.isBlank()) {
                throw new ActionException(0, "no sender: give 'from', or set a from address on the SMTP connection");
            }
            message.setFrom(new InternetAddress(from, true));
            List<Address> accepted = new ArrayList<>();
            accepted.addAll(recipients(message, Message.RecipientType.TO, input.path("to")));
            accepted.addAll(recipients(message, Message.RecipientType.CC, input.path("cc")));
            accepted.addAll(recipients(message, Message.RecipientType.BCC, input.path("bcc")));
            if (accepted.isEmpty()) {
                throw new ActionException(0, "no recipients: 'to' needs at least one address");
            }
            if (input.hasNonNull("reply_to")) {
                message.setReplyTo(InternetAddress.parse(input.path("reply_to").asString(), true));
            }
            message.setSubject(input.path("subject").asString(""), "UTF-8");
            message.setContent(body(input, blobs, call.owner()));
            message.saveChanges();
            if (authenticate) {
                Credentials.Basic basic = (Credentials.Basic) connection.credentials();
                Transport.send(message, basic.username(), basic.password());
            } else {
                Transport.send(message);
            }
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            out.put("message_id", message.getMessageID());
            ArrayNode list = out.putArray("accepted");
            accepted.forEach(a -> list.add(((InternetAddress) a).getAddress()));
            return out;
        } catch (AddressException e) {
            throw new ActionException(0, "bad e-mail address: " + e.getMessage());
        } catch (MessagingException e) {
            throw new ActionException(0, "the SMTP server " + host + " refused the message: " + rootMessage(e));
        }
    }

    private static List<Address> recipients(MimeMessage message, Message.RecipientType type, JsonNode list)
            throws MessagingException {
        List<Address> addresses = new ArrayList<>();
        if (list.isArray()) {
            for (JsonNode address : list) {
                addresses.add(new InternetAddress(address.asString(), true));
            }
        } else if (list.isString()) {
            addresses.addAll(List.of(InternetAddress.parse(list.asString(), true)));
        }
        if (!addresses.isEmpty()) {
            message.setRecipients(type, addresses.toArray(new Address[0]));
        }
        return addresses;
    }

    private static MimeMultipart body(JsonNode input, BlobStore blobs, String owner) throws MessagingException {
        MimeMultipart alternative = new MimeMultipart("alternative");
        String text = input.path("text").asString(null);
        String html = input.path("html").asString(null);
        if (text == null && html == null) {
            text = "";
        }
        if (text != null) {
            MimeBodyPart part = new MimeBodyPart();
            part.setText(text, "UTF-8");
            alternative.addBodyPart(part);
        }
        if (html != null) {
            MimeBodyPart part = new MimeBodyPart();
            part.setContent(html, "text/html; charset=UTF-8");
            alternative.addBodyPart(part);
        }
        if (!input.path("attachments").isArray() || input.path("attachments").isEmpty()) {
            return alternative;
        }
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart content = new MimeBodyPart();
        content.setContent(alternative);
        mixed.addBodyPart(content);
        for (JsonNode attachment : input.path("attachments")) {
            String id = attachment.path("file_id").asString("");
            FileRef ref = blobs.describe(owner, id)
                    .orElseThrow(() -> new ActionException(0, "attachment " + id + " does not exist or is not yours"));
            byte[] bytes = blobs.read(owner, id).orElseThrow();
            MimeBodyPart part = new MimeBodyPart();
            part.setDataHandler(new DataHandler(new ByteArrayDataSource(bytes, ref.mime())));
            part.setFileName(attachment.path("name").asString(ref.name()));
            mixed.addBodyPart(part);
        }
        return mixed;
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return String.valueOf(cause.getMessage()).lines().findFirst().orElse("");
    }
}
