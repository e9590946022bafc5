package dev.switchboard.catalog.engine;

import java.util.Map;

/**
 * A provider's answer to one request: the status, the headers (lower-case names, first value of
 * each) and the whole body.
 */
record Reply(int status, Map<String, String> headers, byte[] body) {

    String header(String lowerCaseName) {
        return headers.get(lowerCaseName);
    }
}
