package dev.switchboard.catalog.search;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * "Did you mean" candidates, for tool, prompt, app, action and field names alike: names within a small edit distance of the wrong one, or that
 * contain it, best first.
 *
 * <pre>{@code
 * Suggestions.closest("downlod_pdf", List.of("download_pdf", "upload")); // ["download_pdf"]
 * }</pre>
 */
public final class Suggestions {

    private Suggestions() {
    }

    /** Up to three candidates, closest first. */
    public static List<String> closest(String wrong, Collection<String> candidates) {
        return closest(wrong, candidates, 3);
    }

    /** Up to {@code max} candidates, closest first. */
    public static List<String> closest(String wrong, Collection<String> candidates, int max) {
        if (wrong == null || wrong.isEmpty()) {
            return List.of();
        }
        String w = wrong.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, w.length() / 3);
        return candidates.stream().distinct()
                .map(c -> new Object[] {c, score(w, c.toLowerCase(Locale.ROOT))})
                .filter(o -> (int) o[1] <= limit)
                .sorted(Comparator.comparingInt((Object[] o) -> (int) o[1]).thenComparing(o -> (String) o[0]))
                .limit(max).map(o -> (String) o[0]).toList();
    }

    private static int score(String wrong, String candidate) {
        if (candidate.contains(wrong) || (wrong.length() >= 4 && wrong.contains(candidate))) {
            return 1;
        }
        return distance(wrong, candidate);
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
