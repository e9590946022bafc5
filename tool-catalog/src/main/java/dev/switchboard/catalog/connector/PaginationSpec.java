package dev.switchboard.catalog.connector;

/**
 * How an API pages a list. Items of every page are gathered into {@code items}.
 *
 * <pre>{@code
 * {"type": "cursor", "items": "body.files", "next": "body.nextPageToken", "param": "pageToken"}
 * {"type": "offset", "items": "body.issues", "param": "startAt", "size_param": "maxResults", "size": 50}
 * {"type": "next_url", "items": "body.value", "next": "body[\"@odata.nextLink\"]"}
 * {"type": "body_cursor", "items": "body.entries", "next": "body.cursor", "more": "body.has_more",
 *  "next_request": {"method": "POST", "path": "/files/list_folder/continue",
 *                   "body": {"type": "json", "value": {"cursor": "{{page.cursor}}"}}}}
 * }</pre>
 *
 * @param type {@code cursor}, {@code offset}, {@code page}, {@code next_url} or {@code body_cursor}
 *             (later pages are another request, e.g. a POST with the cursor in its JSON body)
 * @param items path to the page's items
 * @param next path to the next cursor or next URL (cursor, next_url)
 * @param param query parameter carrying the cursor, offset or page number
 * @param sizeParam query parameter carrying the page size (optional)
 * @param size page size (offset and page)
 * @param start first offset or page number (default 0 for offset, 1 for page)
 * @param maxPages safety limit (default 50)
 * @param more path to a flag saying whether more pages exist (cursor, body_cursor), e.g. Dropbox's
 *             {@code has_more}; without it a non-empty cursor means more
 * @param nextRequest the request for the pages after the first (body_cursor); it reads the cursor as
 *                    {@code {{page.cursor}}}
 */
public record PaginationSpec(String type, String items, String next, String param, String sizeParam,
        Integer size, Integer start, Integer maxPages, String more, RequestSpec nextRequest) {

    public PaginationSpec(String type, String items, String next, String param, String sizeParam,
            Integer size, Integer start, Integer maxPages) {
        this(type, items, next, param, sizeParam, size, start, maxPages, null, null);
    }

    public int pageLimit() {
        return maxPages == null ? 50 : maxPages;
    }
}
