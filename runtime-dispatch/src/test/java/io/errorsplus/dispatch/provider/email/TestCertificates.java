package io.errorsplus.dispatch.provider.email;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A throw-away server certificate for 127.0.0.1 / localhost (subject alternative names, so host
 * name verification passes), made once per test JVM with the JDK's own {@code keytool}; and
 * GreenMail's bundled certificate, which names no host.
 */
final class TestCertificates {

  private static final char[] PASSWORD = "changeit".toCharArray();
  private static KeyStore localhost;

  private TestCertificates() {}

  /** Private key and certificate for 127.0.0.1 and localhost. */
  static synchronized KeyStore localhostKeyStore() throws Exception {
    if (localhost == null) {
      Path dir = Files.createTempDirectory("errors-plus-email-tls");
      Path file = dir.resolve("localhost.p12");
      Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
      Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "smtp",
          "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
          "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "7",
          "-keystore", file.toString(), "-storetype", "PKCS12",
          "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD))
          .redirectErrorStream(true).start();
      String output = new String(p.getInputStream().readAllBytes());
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException("keytool failed: " + output);
      }
      KeyStore ks = KeyStore.getInstance("PKCS12");
      try (InputStream in = Files.newInputStream(file)) {
        ks.load(in, PASSWORD);
      }
      Files.delete(file);
      Files.delete(dir);
      localhost = ks;
    }
    return localhost;
  }

  /** A trust store holding only the localhost certificate (no private key). */
  static KeyStore localhostTrustStore() throws Exception {
    return trustStoreOf(localhostKeyStore());
  }

  /** A trust store holding only GreenMail's bundled self-signed certificate. */
  static KeyStore greenMailTrustStore() throws Exception {
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = TestCertificates.class.getClassLoader().getResourceAsStream("greenmail.p12")) {
      if (in == null) {
        throw new IllegalStateException("greenmail.p12 is not on the test class path");
      }
      ks.load(in, PASSWORD);
    }
    return trustStoreOf(ks);
  }

  /** A server-side TLS context presenting the localhost certificate. */
  static SSLContext localhostServerContext() throws Exception {
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(localhostKeyStore(), PASSWORD);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(kmf.getKeyManagers(), null, null);
    return context;
  }

  private static KeyStore trustStoreOf(KeyStore withKey) throws Exception {
    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    for (String alias : List.copyOf(java.util.Collections.list(withKey.aliases()))) {
      Certificate cert = withKey.getCertificate(alias);
      if (cert != null) {
        trust.setCertificateEntry(alias, cert);
      }
    }
    return trust;
  }
}
