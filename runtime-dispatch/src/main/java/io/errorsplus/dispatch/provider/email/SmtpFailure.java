package io.errorsplus.dispatch.provider.email;

import io.errorsplus.dispatch.DeliveryException;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * Says what an SMTP failure means for the dispatcher. Only a definite refusal (an SMTP 5xx reply)
 * stops the retries; every other failure (no connection, a timeout, a 4xx "try later", a TLS
 * problem) is retried and, when retries run out, spooled.
 *
 * <ul>
 *   <li>credentials refused, sender refused, every recipient refused: the configuration is wrong
 *       and every mail would fail the same way, so the provider is {@linkplain
 *       DeliveryException#disabled disabled}: reports go to the spool instead of being dropped, and
 *       the server is not hammered with a bad password (which can lock the account);
 *   <li>this message refused (after DATA, e.g. 552 too large): {@linkplain DeliveryException#rejected
 *       rejected}, only this report is dropped.
 * </ul>
 */
final class SmtpFailure {

  private SmtpFailure() {}

  static DeliveryException classify(MessagingException e, String server, String username, String from) {
    if (e instanceof AuthenticationFailedException) {
      return DeliveryException.disabled("SMTP server " + server + " refused the credentials of user '" + username
          + "' (" + reply(e) + "); fix username/password. Reports are kept in the spool.");
    }
    if (e instanceof SendFailedException) {
      int code = replyCode(e);
      if (code >= 500 && code < 600) {
        if (e instanceof SMTPSenderFailedException || startsWith(command(e), "MAIL")) {
          return DeliveryException.disabled("SMTP server " + server + " refused the sender " + from + " ("
              + reply(e) + "); check from(...) and whether the account may send as this address. "
              + "Reports are kept in the spool.");
        }
        if (isRecipientFailure(e)) {
          return DeliveryException.disabled("SMTP server " + server + " refused every recipient ("
              + reply(e) + "); check to(...). Reports are kept in the spool.");
        }
        return DeliveryException.rejected("SMTP server " + server + " refused this message (" + reply(e) + ")");
      }
    }
    return DeliveryException.retryable("could not send mail via " + server + ": " + reply(e), e);
  }

  /** The first SMTP reply code in the exception or the failures it chains, 0 when there is none. */
  private static int replyCode(Exception e) {
    for (Exception x = e; x != null; x = x instanceof MessagingException m ? m.getNextException() : null) {
      if (x instanceof SMTPSendFailedException s && s.getReturnCode() > 0) {
        return s.getReturnCode();
      }
      if (x instanceof SMTPAddressFailedException a && a.getReturnCode() > 0) {
        // With several recipients, a 4xx for any of them means "try again later" for the mail.
        int worst = a.getReturnCode();
        for (Exception y = a; y != null; y = y instanceof MessagingException m ? m.getNextException() : null) {
          if (y instanceof SMTPAddressFailedException b && b.getReturnCode() > 0 && b.getReturnCode() < 500) {
            worst = b.getReturnCode();
          }
        }
        return worst;
      }
    }
    return 0;
  }

  private static boolean isRecipientFailure(Exception e) {
    for (Exception x = e; x != null; x = x instanceof MessagingException m ? m.getNextException() : null) {
      if (x instanceof SMTPAddressFailedException || startsWith(command(x), "RCPT")) {
        return true;
      }
    }
    return false;
  }

  private static String command(Exception e) {
    if (e instanceof SMTPSendFailedException s) {
      return s.getCommand();
    }
    if (e instanceof SMTPAddressFailedException a) {
      return a.getCommand();
    }
    return null;
  }

  private static boolean startsWith(String s, String prefix) {
    return s != null && s.regionMatches(true, 0, prefix, 0, prefix.length());
  }

  /** The server's reply or the failure's message, on one line. */
  private static String reply(Exception e) {
    StringBuilder b = new StringBuilder();
    for (Exception x = e; x != null && b.length() < 500; x = x instanceof MessagingException m ? m.getNextException() : null) {
      String msg = x.getMessage();
      if (msg != null && !msg.isBlank() && b.indexOf(msg.strip()) < 0) {
        if (b.length() > 0) {
          b.append("; ");
        }
        b.append(msg.strip());
      }
    }
    Throwable cause = e.getCause();
    if (b.length() == 0 && cause != null) {
      b.append(cause);
    }
    return b.length() == 0 ? e.getClass().getSimpleName() : b.toString().replaceAll("\\s+", " ");
  }
}
