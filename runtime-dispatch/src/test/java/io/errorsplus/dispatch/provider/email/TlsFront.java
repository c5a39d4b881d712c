package io.errorsplus.dispatch.provider.email;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A TLS front for GreenMail, whose SMTP server (2.1) offers SMTPS but no STARTTLS and whose
 * certificate names no host. It speaks real SMTP up to the TLS handshake, with the localhost test
 * certificate, then relays the decrypted conversation to GreenMail's plain SMTP port, which does
 * the rest (EHLO, AUTH, MAIL, RCPT, DATA). Modes: {@code STARTTLS} (greets in clear, offers only
 * STARTTLS, refuses every other command before the upgrade) and {@code IMPLICIT} (SMTPS: TLS from
 * the first byte).
 */
final class TlsFront implements AutoCloseable {

  enum Mode { STARTTLS, IMPLICIT }

  private final Mode mode;
  private final SSLContext context;
  private final int backendPort;
  private final ServerSocket server;
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  /** Commands the client sent before TLS was up (STARTTLS mode). */
  final List<String> plaintextCommands = new CopyOnWriteArrayList<>();
  /** The TLS protocol of each completed handshake. */
  final List<String> handshakes = new CopyOnWriteArrayList<>();

  TlsFront(Mode mode, SSLContext context, int backendPort) throws IOException {
    this.mode = mode;
    this.context = context;
    this.backendPort = backendPort;
    this.server = new ServerSocket();
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    Thread acceptor = new Thread(this::acceptLoop, "tls-front-" + mode);
    acceptor.setDaemon(true);
    acceptor.start();
  }

  int port() {
    return server.getLocalPort();
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        open.add(client);
        Thread t = new Thread(() -> serve(client), "tls-front-conn");
        t.setDaemon(true);
        t.start();
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket client) {
    try {
      client.setSoTimeout(30_000);
      Socket secure;
      if (mode == Mode.IMPLICIT) {
        secure = upgrade(client);
      } else {
        InputStream in = client.getInputStream();
        OutputStream out = client.getOutputStream();
        write(out, "220 tls-front ESMTP\r\n");
        while (true) {
          String line = readLine(in);
          if (line == null) {
            client.close();
            return;
          }
          plaintextCommands.add(line);
          String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
          if (verb.equals("EHLO")) {
            write(out, "250-tls-front\r\n250 STARTTLS\r\n");
          } else if (verb.equals("HELO")) {
            write(out, "250 tls-front\r\n");
          } else if (line.equalsIgnoreCase("STARTTLS")) {
            write(out, "220 2.0.0 Ready to start TLS\r\n");
            break;
          } else if (verb.equals("QUIT")) {
            write(out, "221 bye\r\n");
            client.close();
            return;
          } else {
            write(out, "530 5.7.0 Must issue a STARTTLS command first\r\n");
          }
        }
        secure = upgrade(client);
      }
      Socket backend = new Socket(InetAddress.getLoopbackAddress(), backendPort);
      open.add(backend);
      InputStream backendIn = backend.getInputStream();
      if (mode == Mode.STARTTLS) {
        // The client already had its greeting; after STARTTLS it starts over with EHLO.
        readReply(backendIn);
      }
      pipe(backendIn, secure.getOutputStream(), secure, backend);
      pipe(secure.getInputStream(), backend.getOutputStream(), secure, backend);
    } catch (IOException e) {
      closeQuietly(client);
    }
  }

  private Socket upgrade(Socket plain) throws IOException {
    SSLSocket tls = (SSLSocket) context.getSocketFactory()
        .createSocket(plain, plain.getInetAddress().getHostAddress(), plain.getPort(), true);
    tls.setUseClientMode(false);
    tls.startHandshake();
    handshakes.add(tls.getSession().getProtocol());
    open.add(tls);
    return tls;
  }

  private static void pipe(InputStream from, OutputStream to, Socket a, Socket b) {
    Thread t = new Thread(() -> {
      byte[] buf = new byte[8192];
      try {
        int n;
        while ((n = from.read(buf)) >= 0) {
          to.write(buf, 0, n);
          to.flush();
        }
      } catch (IOException ignored) {
        // one side went away; close both below
      } finally {
        closeQuietly(a);
        closeQuietly(b);
      }
    }, "tls-front-pipe");
    t.setDaemon(true);
    t.start();
  }

  /** Reads one SMTP reply, multi-line ({@code 250-...}) included. */
  private static void readReply(InputStream in) throws IOException {
    String line;
    do {
      line = readLine(in);
    } while (line != null && line.length() > 3 && line.charAt(3) == '-');
  }

  /** Byte by byte, so that nothing after the line (the TLS ClientHello) is consumed. */
  private static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int c;
    while ((c = in.read()) >= 0) {
      if (c == '\n') {
        String s = line.toString(StandardCharsets.US_ASCII);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
      }
      line.write(c);
    }
    return null;
  }

  private static void write(OutputStream out, String s) throws IOException {
    out.write(s.getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  private static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException ignored) {
      // already closed
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket s : open) {
      closeQuietly(s);
    }
  }
}
