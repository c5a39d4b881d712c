package io.errorsplus.dispatch.scrub;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the client's address. Forwarding headers are believed only when the direct peer is a
 * trusted proxy; then the right-most hop that is not a trusted proxy is the client, because every
 * hop left of it could have been written by the client itself.
 */
final class ClientIpResolver {

  private final List<IpRange> trusted;

  ClientIpResolver(List<IpRange> trusted) {
    this.trusted = trusted;
  }

  String resolve(String peer, Map<String, String> headers) {
    String direct = stripPort(peer);
    if (trusted.isEmpty() || direct == null || !isTrusted(direct)) {
      return direct;
    }
    List<String> hops = forwardedFor(headers);
    if (hops.isEmpty()) {
      return direct;
    }
    for (int i = hops.size() - 1; i >= 0; i--) {
      String hop = hops.get(i);
      if (!isTrusted(hop)) {
        return hop;
      }
    }
    return hops.get(0); // every hop is a trusted proxy: the left-most is the origin
  }

  private boolean isTrusted(String ip) {
    byte[] addr = IpRange.literal(ip);
    if (addr == null) {
      return false;
    }
    for (IpRange r : trusted) {
      if (r.contains(addr)) {
        return true;
      }
    }
    return false;
  }

  /** The hops of {@code Forwarded} (RFC 7239 {@code for=}) or else {@code X-Forwarded-For}. */
  private static List<String> forwardedFor(Map<String, String> headers) {
    String forwarded = null;
    String xff = null;
    for (Map.Entry<String, String> e : headers.entrySet()) {
      String name = e.getKey().toLowerCase(Locale.ROOT);
      if (name.equals("forwarded")) {
        forwarded = e.getValue();
      } else if (name.equals("x-forwarded-for")) {
        xff = e.getValue();
      }
    }
    List<String> hops = new ArrayList<>();
    if (forwarded != null) {
      for (String element : forwarded.split(",")) {
        for (String pair : element.split(";")) {
          String p = pair.trim();
          if (p.regionMatches(true, 0, "for=", 0, 4)) {
            String v = p.substring(4).trim();
            if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
              v = v.substring(1, v.length() - 1);
            }
            hops.add(stripPort(v));
          }
        }
      }
      if (!hops.isEmpty()) {
        return hops;
      }
    }
    if (xff != null) {
      for (String hop : xff.split(",")) {
        String h = stripPort(hop.trim());
        if (h != null && !h.isEmpty()) {
          hops.add(h);
        }
      }
    }
    return hops;
  }

  /** {@code [::1]:80} → {@code ::1}; {@code 1.2.3.4:80} → {@code 1.2.3.4}; bare IPv6 unchanged. */
  static String stripPort(String s) {
    if (s == null) {
      return null;
    }
    String v = s.trim();
    if (v.startsWith("[")) {
      int end = v.indexOf(']');
      return end > 0 ? v.substring(1, end) : v;
    }
    int colon = v.indexOf(':');
    if (colon > 0 && colon == v.lastIndexOf(':')) {
      return v.substring(0, colon);
    }
    return v;
  }
}
