package dev.switchboard.catalog.connector;

/**
 * How an API pages a list. Items of every page are gathered into {@code items}.
 *
 * <pre>{@code
 * {"type": "cursor", "items": "body.files", "next": "body.nextPageToken", "param": "pageToken"}
 * {"type": "offset", "items": "body.issues", "param": "startAt", "size_param": "maxResults", "size": 50}
 * {"type": "next_url", "items": "body.value", "next": "body[\"@odata.nextLink\"]"}
 * }</pre>
 *
 * @param type {@code cursor}, {@code offset}, {@code page} or {@code next_url}
 * @param items path to the page's items
 * @param next path to the next cursor or next URL (cursor, next_url)
 * @param param query parameter carrying the cursor, offset or page number
 * @param sizeParam query parameter carrying the page size (optional)
 * @param size page size (offset and page)
 * @param start first offset or page number (default 0 for offset, 1 for page)
 * @param maxPages safety limit (default 50)
 */
public record PaginationSpec(String type, String items, String next, String param, String sizeParam,
        Integer size, Integer start, Integer maxPages) {

    public int pageLimit() {
        return maxPages == null ? 50 : maxPages;
    }
}
