package dev.switchboard.catalog.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Refuses outbound requests to loopback, private, link-local, carrier-grade NAT, multicast and
 * cloud metadata addresses, unless the administrator allowed the host or range
 * ({@code --allow-hosts 127.0.0.1,10.0.0.0/8,intranet.example}). Every address a name resolves to
 * is checked, so a public name pointing at a private address is refused too.
 *
 * <pre>{@code
 * OutboundGuard guard = new OutboundGuard(List.of("127.0.0.1"));
 * guard.check(URI.create("http://169.254.169.254/latest/meta-data"));   // throws BlockedRequestException
 * }</pre>
 */
public final class OutboundGuard {

    private final List<String> allowedHosts = new ArrayList<>();
    private final List<Cidr> allowedRanges = new ArrayList<>();

    public OutboundGuard(List<String> allowed) {
        for (String entry : allowed) {
            String value = entry.strip().toLowerCase(Locale.ROOT);
            if (value.isEmpty()) {
                continue;
            }
            Cidr cidr = Cidr.parse(value);
            if (cidr != null) {
                allowedRanges.add(cidr);
            } else {
                allowedHosts.add(value);
            }
        }
    }

    /** A guard that allows nothing special: only public addresses. */
    public static OutboundGuard publicOnly() {
        return new OutboundGuard(List.of());
    }

    /** Checks the URL and every address its host resolves to. */
    public void check(URI uri) {
        checkUrl(uri);
        if (!allowedHosts.contains(bare(uri.getHost()))) { // an allowed name is not even resolved here
            resolve(uri.getHost());
        }
    }

    /**
     * Checks only the URL's scheme and host, for a client that resolves the host through
     * {@link #resolve} when it connects (so the addresses are checked once, where they are used).
     */
    public void checkUrl(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new BlockedRequestException("only http and https URLs can be called, not '" + uri.getScheme() + "'");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new BlockedRequestException("the URL has no host: " + uri);
        }
    }

    /**
     * The addresses {@code host} resolves to, when every one of them may be called; the HTTP client
     * connects to these, so that a name cannot resolve to a public address for the check and to a
     * private one for the connection.
     *
     * @throws BlockedRequestException when the host cannot be resolved or one address is off limits
     */
    public InetAddress[] resolve(String host) {
        String name = bare(host);
        boolean allowed = allowedHosts.contains(name);
        if (!allowed && (name.equals("metadata.google.internal") || name.endsWith(".internal") && name.startsWith("metadata"))) {
            throw blocked(host, "a cloud metadata service");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(name);
        } catch (UnknownHostException e) {
            throw new BlockedRequestException("cannot resolve host '" + host + "'");
        }
        if (allowed) {
            return addresses;
        }
        for (InetAddress address : addresses) {
            if (allowedRanges.stream().anyMatch(range -> range.contains(address))
                    || allowedHosts.contains(address.getHostAddress())) {
                continue;
            }
            String reason = restricted(address);
            if (reason != null) {
                throw blocked(host, reason);
            }
        }
        return addresses;
    }

    private static String bare(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        return name.startsWith("[") && name.endsWith("]") ? name.substring(1, name.length() - 1) : name;
    }

    /** Why an address is off limits, or null when it is public. */
    static String restricted(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return "a loopback address";
        }
        if (address.isAnyLocalAddress()) {
            return "the wildcard address";
        }
        if (address.isLinkLocalAddress()) {
            return "a link-local address (this includes cloud metadata services)";
        }
        if (address.isSiteLocalAddress()) {
            return "a private address";
        }
        if (address.isMulticastAddress()) {
            return "a multicast address";
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            if (first == 100 && second >= 64 && second <= 127) {
                return "a carrier-grade NAT address";
            }
            if (first == 0) {
                return "a 'this network' address";
            }
        }
        if (address instanceof Inet6Address && (bytes[0] & 0xfe) == 0xfc) {
            return "a private (unique local) IPv6 address";
        }
        return null;
    }

    private static BlockedRequestException blocked(String host, String reason) {
        return new BlockedRequestException("requests to " + host + " are refused: it is " + reason
                + "; the administrator can allow it with --allow-hosts");
    }

    /** An IPv4 or IPv6 range such as {@code 10.0.0.0/8}, or a single address. */
    record Cidr(byte[] network, int prefix) {

        static Cidr parse(String text) {
            String[] parts = text.split("/", 2);
            if (!parts[0].matches("[0-9.]+|[0-9a-f:]+") || !parts[0].matches(".*[.:].*")) {
                return null;
            }
            try {
                byte[] network = InetAddress.getByName(parts[0]).getAddress();
                int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8;
                if (prefix < 0 || prefix > network.length * 8) {
                    throw new IllegalArgumentException("bad prefix length in " + text);
                }
                return new Cidr(network, prefix);
            } catch (UnknownHostException | NumberFormatException e) {
                throw new IllegalArgumentException("'" + text + "' is neither a host name nor a CIDR range");
            }
        }

        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            if (candidate.length != network.length) {
                return false;
            }
            int bits = prefix;
            for (int i = 0; i < candidate.length && bits > 0; i++, bits -= 8) {
                int mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
                if ((candidate[i] & mask) != (network[i] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
