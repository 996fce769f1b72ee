package se.helhet.common;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The other end of a request as the throttles count it: an IPv4 address as it is, an IPv6 address by its
 * first 64 bits, the block one household or device usually gets and can rotate through at will. Anything
 * that is not an address is kept as it is.
 */
public record ClientAddress(String value) {

    public static ClientAddress of(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return new ClientAddress(String.valueOf(address));
        }
        try {
            InetAddress parsed = InetAddress.ofLiteral(address);
            if (parsed instanceof Inet6Address) {
                return new ClientAddress(HexFormat.of().formatHex(Arrays.copyOf(parsed.getAddress(), 8)) + "::/64");
            }
            return new ClientAddress(parsed.getHostAddress());
        } catch (IllegalArgumentException e) {
            return new ClientAddress(address);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
