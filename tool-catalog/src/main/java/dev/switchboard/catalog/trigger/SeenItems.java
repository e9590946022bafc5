package dev.switchboard.catalog.trigger;

import java.util.Collection;
import java.util.Set;

/**
 * What a polling trigger has already seen, per subscription. Durable implementations make
 * "emitted once, even across restarts" true.
 *
 * <pre>{@code
 * Set<String> known = seen.known("flow-42/new_card", List.of("a", "b"));
 * seen.remember("flow-42/new_card", List.of("b"));
 * }</pre>
 */
public interface SeenItems {

    /** Which of these keys were remembered before for the subscription. */
    Set<String> known(String subscription, Collection<String> keys);

    /** Remembers keys; remembering a key twice is harmless. */
    void remember(String subscription, Collection<String> keys);

    /** Whether the subscription has polled at least once (its baseline is recorded). */
    boolean started(String subscription);

    /** Records that the first poll happened, even if it found nothing. */
    void markStarted(String subscription);
}
