package io.errorsplus.dispatch.spool;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Where a dispatcher's spools live: one folder per provider under the dispatcher's spool folder. Internal. */
public final class SpoolFolders {

  private static final Logger LOG = LoggerFactory.getLogger("io.errorsplus.dispatch.ErrorDispatcher");

  private SpoolFolders() {}

  /**
   * Opens one spool per provider ({@code spoolDirectory} null: the default folder). A folder
   * given by the user that another open dispatcher holds is a configuration error; the default folder is shared by every dispatcher of an app name, so a
   * second concurrent one gets a folder of its own (and a warning) instead.
   */
  public static List<ReportSpool> open(Path spoolDirectory, String appName, List<String> names, long maxBytes) {
    Path defaultRoot = Path.of(System.getProperty("java.io.tmpdir"), "errors-plus-spool", folderName(appName));
    Path root = spoolDirectory != null ? spoolDirectory : defaultRoot;
    for (int attempt = 1; ; attempt++) {
      List<ReportSpool> opened = new ArrayList<>();
      try {
        for (String name : names) {
          opened.add(ReportSpool.open(root.resolve(folderName(name)), maxBytes));
        }
        return opened;
      } catch (IllegalStateException inUse) {
        opened.forEach(ReportSpool::close);
        if (spoolDirectory != null || attempt >= 100) {
          throw inUse;
        }
        root = Path.of(defaultRoot + "-" + ProcessHandle.current().pid() + "-" + attempt);
        LOG.warn("errors-plus: the default spool folder of '{}' is in use by another open dispatcher;"
            + " this one spools to {} (set spoolDirectory to choose)", appName, root);
      } catch (RuntimeException e) {
        opened.forEach(ReportSpool::close);
        throw e;
      }
    }
  }

  /** A provider or app name as a safe folder name. */
  public static String folderName(String name) {
    StringBuilder out = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      out.append(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' ? c : '_');
    }
    String s = out.toString();
    return s.isEmpty() || s.equals(".") || s.equals("..") ? "_" + s : s;
  }
}
