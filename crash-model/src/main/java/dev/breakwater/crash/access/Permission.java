package dev.breakwater.crash.access;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a user, a group or an API token may do beyond what anonymous callers may. The code names are
 * Socorro's, so that existing scripts, group definitions and error messages keep their meaning; the
 * display names appear in 403 answers ("Use of this endpoint requires the 'Reprocess Crashes'
 * permission").
 */
public enum Permission {
  /** See protected crash data: URLs, comments, emails, unredacted crashes and annotations. */
  VIEW_PII("view_pii", "View Personal Identifiable Information"),
  /** Download the dumps of a crash. */
  VIEW_RAWDUMP("view_rawdump", "View Raw Dumps"),
  /** Send crashes to be processed again. */
  REPROCESS_CRASHES("reprocess_crashes", "Reprocess Crashes"),
  /** Run searches over longer date ranges and with a longer timeout. */
  RUN_LONG_QUERIES("run_long_queries", "Run Long Queries"),
  /** Upload Breakpad symbol files. */
  UPLOAD_SYMBOLS("upload_symbols", "Upload Symbols Files"),
  /** Manage users, groups, tokens, linked issues, jobs and queues. */
  ADMIN("admin", "Administer Breakwater");

  private final String codename;
  private final String displayName;

  Permission(String codename, String displayName) {
    this.codename = codename;
    this.displayName = displayName;
  }

  /** The name in configuration, the database and the API, e.g. {@code view_pii}. */
  public String codename() {
    return codename;
  }

  /** The name people read, e.g. "View Raw Dumps". */
  public String displayName() {
    return displayName;
  }

  /** The permission called {@code codename}, if there is one. */
  public static Optional<Permission> byCodename(String codename) {
    return Arrays.stream(values()).filter(p -> p.codename.equals(codename)).findFirst();
  }
}
