package io.errorsplus.dispatch.provider.email;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An SMTP peer that answers what the test says, for the refusals GreenMail never gives (a 550 for a
 * recipient, a 552 after DATA, a 451 "try later") and for a server that accepts connections but
 * never says a word. Speaks enough SMTP for Jakarta Mail: EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT.
 */
final class ScriptedSmtpServer implements AutoCloseable {

  private final ServerSocket server;
  private final boolean silent;
  private final Map<String, String> rcptReplies;
  private final String endOfDataReply;
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  final AtomicInteger connections = new AtomicInteger();
  final AtomicInteger messagesAccepted = new AtomicInteger();

  private ScriptedSmtpServer(boolean silent, Map<String, String> rcptReplies, String endOfDataReply) throws IOException {
    this.silent = silent;
    this.rcptReplies = rcptReplies;
    this.endOfDataReply = endOfDataReply;
    this.server = new ServerSocket();
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    Thread t = new Thread(this::acceptLoop, "scripted-smtp");
    t.setDaemon(true);
    t.start();
  }

  /** Accepts connections and never answers. */
  static ScriptedSmtpServer silent() throws IOException {
    return new ScriptedSmtpServer(true, Map.of(), null);
  }

  /**
   * @param rcptReplies reply per recipient address (lower case), or to {@code MAIL FROM}; others get
   *     {@code 250 OK}
   * @param endOfDataReply the reply to the end of the message
   */
  static ScriptedSmtpServer replying(Map<String, String> rcptReplies, String endOfDataReply) throws IOException {
    return new ScriptedSmtpServer(false, rcptReplies, endOfDataReply);
  }

  int port() {
    return server.getLocalPort();
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      try {
        Socket s = server.accept();
        open.add(s);
        connections.incrementAndGet();
        if (!silent) {
          Thread t = new Thread(() -> converse(s), "scripted-smtp-conn");
          t.setDaemon(true);
          t.start();
        }
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void converse(Socket s) {
    try (s) {
      BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
      OutputStream out = s.getOutputStream();
      reply(out, "220 scripted ESMTP");
      int accepted = 0;
      String line;
      while ((line = in.readLine()) != null) {
        String upper = line.toUpperCase(Locale.ROOT);
        if (upper.startsWith("EHLO") || upper.startsWith("HELO")) {
          reply(out, "250 scripted");
        } else if (upper.startsWith("MAIL FROM:")) {
          accepted = 0;
          reply(out, rcptReplies.getOrDefault("MAIL FROM", "250 OK"));
        } else if (upper.startsWith("RCPT TO:")) {
          String address = line.substring(line.indexOf('<') + 1, line.indexOf('>')).toLowerCase(Locale.ROOT);
          String r = rcptReplies.getOrDefault(address, "250 OK");
          if (r.startsWith("2")) {
            accepted++;
          }
          reply(out, r);
        } else if (upper.equals("DATA")) {
          if (accepted == 0) {
            reply(out, "503 no valid recipients");
            continue;
          }
          reply(out, "354 go ahead");
          while ((line = in.readLine()) != null && !line.equals(".")) {
            // the message; not kept
          }
          if (endOfDataReply.startsWith("2")) {
            messagesAccepted.incrementAndGet();
          }
          reply(out, endOfDataReply);
        } else if (upper.startsWith("QUIT")) {
          reply(out, "221 bye");
          return;
        } else if (upper.startsWith("RSET") || upper.startsWith("NOOP")) {
          reply(out, "250 OK");
        } else {
          reply(out, "502 not implemented");
        }
      }
    } catch (IOException ignored) {
      // the client went away
    }
  }

  private static void reply(OutputStream out, String line) throws IOException {
    out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket s : open) {
      try {
        s.close();
      } catch (IOException ignored) {
        // already closed
      }
    }
  }
}
