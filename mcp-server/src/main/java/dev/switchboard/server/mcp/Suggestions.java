package dev.switchboard.server.mcp;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * "Did you mean" candidates: the names closest to a misspelt one by edit distance.
 *
 * <pre>{@code
 * Suggestions.closest("list_flow", List.of("list_flows", "get_flow"), 3);   // [list_flows, get_flow]
 * }</pre>
 */
public final class Suggestions {

    private Suggestions() {
    }

    /** Up to {@code limit} names within a distance of a third of the wanted name's length, closest first. */
    public static List<String> closest(String wanted, List<String> names, int limit) {
        String target = wanted.toLowerCase(Locale.ROOT);
        int threshold = Math.max(2, target.length() / 3);
        return names.stream()
                .map(name -> new Scored(name, score(target, name.toLowerCase(Locale.ROOT))))
                .filter(scored -> scored.distance <= threshold)
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
                .limit(limit)
                .map(Scored::name)
                .toList();
    }

    private static int score(String target, String name) {
        if (name.contains(target) || target.contains(name)) {
            return Math.abs(name.length() - target.length()) == 0 ? 0 : 1;
        }
        return distance(target, name);
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private record Scored(String name, int distance) {
    }
}
