package io.errorsplus.dispatch.delivery;

import io.errorsplus.dispatch.ErrorReport;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The fingerprint of a report: equal for the same error at the same place. It hashes the exception
 * class, the first application frames (class and method, no line numbers, so a small edit elsewhere
 * in the file does not split a group), the HTTP method, route template and status.
 */
final class Fingerprints {

  private static final int APP_FRAMES = 3;
  private static final String[] FRAMEWORK_PREFIXES = {
    "java.", "javax.", "jdk.", "sun.", "com.sun.", "jakarta.", "kotlin.", "scala.",
    "org.springframework.", "org.apache.", "org.eclipse.jetty.", "org.glassfish.", "io.netty.",
    "io.undertow.", "org.jboss.", "io.micrometer.", "reactor."
  };
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Fingerprints() {}

  static String of(ErrorReport r) {
    StringBuilder key = new StringBuilder(256);
    key.append(r.exceptionClass() != null ? r.exceptionClass() : r.errorType()).append('|');
    appendFrames(r, key);
    key.append('|').append(r.method()).append('|').append(r.endpoint()).append('|').append(r.statusCode());
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
      char[] out = new char[32];
      for (int i = 0; i < 16; i++) {
        out[i * 2] = HEX[(digest[i] >> 4) & 0xF];
        out[i * 2 + 1] = HEX[digest[i] & 0xF];
      }
      return new String(out);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }

  private static void appendFrames(ErrorReport r, StringBuilder key) {
    String[] frames;
    if (r.error() != null) {
      StackTraceElement[] stack = r.error().getStackTrace();
      int taken = 0;
      for (int i = 0; i < stack.length && taken < APP_FRAMES; i++) {
        if (!isFramework(stack[i].getClassName())) {
          key.append(stack[i].getClassName()).append('.').append(stack[i].getMethodName()).append(';');
          taken++;
        }
      }
      for (int i = 0; taken == 0 && i < Math.min(APP_FRAMES, stack.length); i++) {
        key.append(stack[i].getClassName()).append('.').append(stack[i].getMethodName()).append(';');
      }
      return;
    }
    if (r.traceback() == null) {
      return;
    }
    frames = framesOf(r.traceback());
    int taken = 0;
    for (String f : frames) {
      if (taken < APP_FRAMES && !isFramework(f)) {
        key.append(f).append(';');
        taken++;
      }
    }
    for (int i = 0; taken == 0 && i < Math.min(APP_FRAMES, frames.length); i++) {
      key.append(frames[i]).append(';'); // nothing but framework frames: use the top ones
    }
  }

  /** The {@code class.method} of each {@code at …} line of the first (outermost) stack. */
  private static String[] framesOf(String traceback) {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (String line : traceback.split("\n")) {
      String t = line.trim();
      if (t.startsWith("Caused by:")) {
        break;
      }
      if (t.startsWith("at ")) {
        int paren = t.indexOf('(');
        String frame = paren < 0 ? t.substring(3) : t.substring(3, paren);
        int slash = frame.lastIndexOf('/'); // module prefix "java.base/"
        out.add(slash < 0 ? frame : frame.substring(slash + 1));
      }
    }
    return out.toArray(new String[0]);
  }

  private static boolean isFramework(String frame) {
    for (String p : FRAMEWORK_PREFIXES) {
      if (frame.startsWith(p)) {
        return true;
      }
    }
    return false;
  }
}
