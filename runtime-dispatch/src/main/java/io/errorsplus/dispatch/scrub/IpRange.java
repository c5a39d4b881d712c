package io.errorsplus.dispatch.scrub;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * One trusted proxy: an IP address or a CIDR block, IPv4 or IPv6. Parsed without DNS: only
 * literals are accepted, so configuration never triggers a name lookup.
 */
final class IpRange {

  private final byte[] network;
  private final int prefixBits;
  private final String text;

  private IpRange(byte[] network, int prefixBits, String text) {
    this.network = network;
    this.prefixBits = prefixBits;
    this.text = text;
  }

  /** Parses {@code 10.0.0.1}, {@code 10.0.0.0/8}, {@code ::1} or {@code fd00::/8}. */
  static IpRange parse(String spec) {
    if (spec == null || spec.isBlank()) {
      throw new IllegalArgumentException("trusted proxy must be an IP address or CIDR block, not blank");
    }
    String s = spec.trim();
    int slash = s.indexOf('/');
    String ip = slash < 0 ? s : s.substring(0, slash);
    byte[] addr = literal(ip);
    if (addr == null) {
      throw new IllegalArgumentException("trusted proxy '" + spec
          + "' is not an IP address or CIDR block; use e.g. 10.0.0.1, 10.0.0.0/8 or fd00::/8 (host names are not resolved)");
    }
    int bits = addr.length * 8;
    if (slash >= 0) {
      try {
        bits = Integer.parseInt(s.substring(slash + 1));
      } catch (NumberFormatException e) {
        bits = -1;
      }
      if (bits < 0 || bits > addr.length * 8) {
        throw new IllegalArgumentException("trusted proxy '" + spec + "' has a bad prefix length; use 0.."
            + addr.length * 8);
      }
    }
    return new IpRange(addr, bits, s);
  }

  boolean contains(byte[] addr) {
    if (addr == null || addr.length != network.length) {
      return false;
    }
    int full = prefixBits / 8;
    for (int i = 0; i < full; i++) {
      if (addr[i] != network[i]) {
        return false;
      }
    }
    int rest = prefixBits % 8;
    if (rest == 0) {
      return true;
    }
    int mask = (0xFF << (8 - rest)) & 0xFF;
    return (addr[full] & mask) == (network[full] & mask);
  }

  /**
   * The bytes of an IP literal (IPv4-mapped IPv6 becomes IPv4), or null when the text is not one;
   * never does a DNS lookup.
   */
  static byte[] literal(String ip) {
    if (ip == null || ip.isEmpty()) {
      return null;
    }
    boolean v6 = ip.indexOf(':') >= 0;
    for (int i = 0; i < ip.length(); i++) {
      char c = ip.charAt(i);
      boolean ok = (c >= '0' && c <= '9') || c == '.'
          || (v6 && (c == ':' || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')));
      if (!ok) {
        return null;
      }
    }
    if (!v6) {
      String[] parts = ip.split("\\.", -1);
      if (parts.length != 4) {
        return null;
      }
      byte[] out = new byte[4];
      for (int i = 0; i < 4; i++) {
        if (parts[i].isEmpty() || parts[i].length() > 3) {
          return null;
        }
        int v = Integer.parseInt(parts[i]);
        if (v > 255) {
          return null;
        }
        out[i] = (byte) v;
      }
      return out;
    }
    try {
      // Only hex digits, dots and colons reach here, so this parses a literal and never resolves.
      return InetAddress.getByName(ip).getAddress();
    } catch (UnknownHostException e) {
      return null;
    }
  }

  @Override
  public String toString() {
    return text;
  }
}
