package io.errorsplus.it.shop;

import io.errorsplus.dispatch.ErrorProvider;
import io.errorsplus.dispatch.ErrorReport;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A provider bean that keeps what it is sent. */
public final class RecordingProvider implements ErrorProvider {

  private final List<ErrorReport> reports = new CopyOnWriteArrayList<>();

  @Override
  public void send(ErrorReport report) {
    reports.add(report);
  }

  @Override
  public String name() {
    return "recording";
  }

  public List<ErrorReport> reports() {
    return reports;
  }
}
