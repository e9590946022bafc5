package dev.switchboard.catalog.search;

import dev.switchboard.catalog.connector.Catalog;

/**
 * The search index of a catalog that changes while the server runs: rebuilt on the first use
 * after connectors are imported or removed (the catalog's version moved), shared by everything
 * that searches the same catalog so that it is built once.
 *
 * <pre>{@code
 * LiveToolIndex index = new LiveToolIndex(catalog);
 * List<ToolIndex.Hit> hits = index.current().search("upload a file", List.of(), 10);
 * }</pre>
 */
public final class LiveToolIndex {

    private final Catalog catalog;
    private volatile Built built;

    private record Built(ToolIndex index, long version) {
    }

    public LiveToolIndex(Catalog catalog) {
        this.catalog = catalog;
    }

    public Catalog catalog() {
        return catalog;
    }

    /** The index of the catalog as it is now. */
    public ToolIndex current() {
        long version = catalog.version();
        Built now = built;
        if (now == null || now.version() != version) {
            now = new Built(ToolIndex.of(catalog), version);
            built = now;
        }
        return now.index();
    }
}
