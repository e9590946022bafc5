package dev.switchboard.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version this build was made as, read from the jar.
 *
 * <pre>{@code
 * String v = Version.current();   // "0.1.0-SNAPSHOT"
 * }</pre>
 */
public final class Version {

    private Version() {
    }

    public static String current() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
