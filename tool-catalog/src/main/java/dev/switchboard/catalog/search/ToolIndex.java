package dev.switchboard.catalog.search;

import dev.switchboard.catalog.connector.ActionSpec;
import dev.switchboard.catalog.connector.Catalog;
import dev.switchboard.catalog.connector.Connector;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds actions among thousands with BM25 over their names, titles, descriptions and app names,
 * with French and English words mapped onto a shared vocabulary ({@link Vocabulary}). Built once
 * per catalog version; a search touches only the postings of its words.
 *
 * <pre>{@code
 * ToolIndex index = ToolIndex.of(catalog);
 * List<ToolIndex.Hit> hits = index.search("envoyer un fichier sur slack", Set.of(), 5);
 * }</pre>
 */
public final class ToolIndex {

    private static final double K1 = 1.2;
    private static final double B = 0.75;
    /** Words in the tool name and title count more than words in the description. */
    private static final int NAME_WEIGHT = 3;

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, List<Posting>> postings = new HashMap<>();
    private double averageLength;

    /** One indexed action. */
    public record Entry(String tool, String app, String action, String title, String description, ActionSpec spec) {
    }

    /** A match, best first. */
    public record Hit(Entry entry, double score) {
    }

    private record Posting(int doc, int frequency) {
    }

    private final List<Integer> lengths = new ArrayList<>();

    public static ToolIndex of(Catalog catalog) {
        ToolIndex index = new ToolIndex();
        for (Connector connector : catalog.connectors()) {
            for (ActionSpec action : connector.actions()) {
                index.add(new Entry(connector.app() + "__" + action.id(), connector.app(), action.id(),
                        action.title(), action.description(), action), connector);
            }
        }
        index.finish();
        return index;
    }

    private void add(Entry entry, Connector connector) {
        int doc = entries.size();
        entries.add(entry);
        Map<String, Integer> counts = new HashMap<>();
        String strong = entry.app() + " " + connector.name() + " " + entry.action() + " " + entry.title();
        for (int i = 0; i < NAME_WEIGHT; i++) {
            Vocabulary.terms(strong).forEach(t -> counts.merge(t, 1, Integer::sum));
        }
        Vocabulary.terms(entry.description() + " " + connector.description()).forEach(t -> counts.merge(t, 1, Integer::sum));
        int length = counts.values().stream().mapToInt(Integer::intValue).sum();
        lengths.add(length);
        counts.forEach((term, count) -> postings.computeIfAbsent(term, t -> new ArrayList<>()).add(new Posting(doc, count)));
    }

    private void finish() {
        averageLength = lengths.stream().mapToInt(Integer::intValue).average().orElse(1);
    }

    public int size() {
        return entries.size();
    }

    /**
     * @param apps only these apps; empty for all
     * @param limit at most this many hits
     */
    public List<Hit> search(String query, Collection<String> apps, int limit) {
        Set<String> terms = new java.util.LinkedHashSet<>(Vocabulary.terms(query));
        Map<Integer, Double> scores = new HashMap<>();
        int n = entries.size();
        for (String term : terms) {
            List<Posting> list = postings.get(term);
            if (list == null) {
                continue;
            }
            double idf = Math.log(1 + (n - list.size() + 0.5) / (list.size() + 0.5));
            for (Posting posting : list) {
                double tf = posting.frequency();
                double norm = tf * (K1 + 1) / (tf + K1 * (1 - B + B * lengths.get(posting.doc()) / averageLength));
                scores.merge(posting.doc(), idf * norm, Double::sum);
            }
        }
        return scores.entrySet().stream()
                .filter(e -> apps.isEmpty() || apps.contains(entries.get(e.getKey()).app()))
                .sorted(Map.Entry.<Integer, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(e -> entries.get(e.getKey()).tool()))
                .limit(limit)
                .map(e -> new Hit(entries.get(e.getKey()), e.getValue()))
                .toList();
    }
}
