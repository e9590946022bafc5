package dev.switchboard.server.conformance;

import dev.switchboard.server.mcp.Extensions;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;

/**
 * The {@code test_*} tools, resources and prompts that the official MCP conformance suite
 * calls. They plug in through the same {@link Extensions} points as connectors and flows, and
 * only {@code switchboard serve --conformance-fixtures} registers them.
 *
 * <pre>{@code
 * ConformanceFixtures.register(extensions);
 * }</pre>
 */
public final class ConformanceFixtures {

    /** A 1×1 PNG. */
    static final String PNG_BASE64 =
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

    /** A short silent 8 kHz mono WAV. */
    static final String WAV_BASE64 = Base64.getEncoder().encodeToString(silentWav(16));

    private ConformanceFixtures() {
    }

    public static void register(Extensions extensions) {
        extensions.addTools(new FixtureTools());
        extensions.addResources(new FixtureResources());
        extensions.addPrompts(new FixturePrompts());
    }

    private static byte[] silentWav(int samples) {
        int dataSize = samples * 2;
        ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(36 + dataSize)
                .put("WAVE".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(16)
                .putShort((short) 1).putShort((short) 1).putInt(8000).putInt(16000)
                .putShort((short) 2).putShort((short) 16)
                .put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(dataSize);
        ByteArrayOutputStream wav = new ByteArrayOutputStream();
        wav.writeBytes(header.array());
        wav.writeBytes(new byte[dataSize]);
        return wav.toByteArray();
    }
}
