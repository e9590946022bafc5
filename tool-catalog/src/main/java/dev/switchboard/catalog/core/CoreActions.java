package dev.switchboard.catalog.core;

import dev.switchboard.catalog.action.ActionRunner;
import dev.switchboard.catalog.files.BlobStore;
import dev.switchboard.catalog.net.OutboundGuard;
import javax.sql.DataSource;

/**
 * Registers the built-in actions written in Java: {@code data.*}, {@code storage.*},
 * {@code email.send_email} and {@code webhook.respond}.
 *
 * <pre>{@code
 * CoreActions.register(runner, dataSource, blobs, guard);
 * }</pre>
 */
public final class CoreActions {

    private CoreActions() {
    }

    public static void register(ActionRunner runner, DataSource dataSource, BlobStore blobs, OutboundGuard guard) {
        DataActions.register(runner);
        StorageActions.register(runner, new KeyValueStore(dataSource));
        EmailActions.register(runner, blobs, guard);
        WebhookActions.register(runner);
    }
}
