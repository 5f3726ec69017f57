package dev.breakwater.webapp.ui.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.common.storage.StorageKeys;
import dev.breakwater.crash.access.CrashRedactor;
import dev.breakwater.crash.access.Grants;
import dev.breakwater.crash.access.Permission;
import dev.breakwater.crash.storage.StoredCrashes;
import dev.breakwater.webapp.api.Caller;
import dev.breakwater.webapp.ui.Formats;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The report page's content: the processed crash as the visitor may see it (redacted by the one
 * {@link CrashRedactor}, as the API's answers), cut into what the page's sections show.
 */
@Named("report")
@RequestScoped
public class ReportPage {
  /** Request parameter that asks for every thread's stack, not only the crashing one's. */
  static final String ALL_THREADS = "threads";

  /** The collector's form field of the main minidump, as dump names list it. */
  private static final String MAIN_DUMP_FIELD = "upload_file_minidump";

  @Inject HttpServletRequest request;
  @Inject Caller caller;
  @Inject CrashRedactor redactor;
  @Inject StoredCrashes crashes;
  @Inject Formats formats;

  private String crashId;
  private ObjectNode crash;
  private JsonNode dump;

  @PostConstruct
  void load() {
    crashId = String.valueOf(request.getAttribute(ReportServlet.CRASH_ID));
    Object stored = request.getAttribute(ReportServlet.PROCESSED_CRASH);
    crash =
        stored instanceof ObjectNode processed
            ? redactor.processedCrash(processed, caller.grants())
            : null;
    dump = crash == null ? null : crash.path("json_dump");
  }

  public String getCrashId() {
    return crashId;
  }

  /** {@code <product> <version> Crash Report [@ <signature>]}, Socorro's title. */
  public String getTitle() {
    return text("product") + " " + text("version") + " Crash Report [@ " + text("signature") + "]";
  }

  public String getSignature() {
    return text("signature");
  }

  /** Super Search for every crash with exactly this signature. */
  public String getSignatureSearch() {
    return request.getContextPath()
        + "/search/?signature="
        + URLEncoder.encode("=" + text("signature"), StandardCharsets.UTF_8);
  }

  public List<Detail> getDetails() {
    List<Detail> details = new ArrayList<>();
    add(details, "Crash ID", crashId);
    add(details, "Signature", text("signature"));
    add(details, "Product", text("product"));
    add(details, "Version", text("version"));
    add(details, "Release channel", text("release_channel"));
    add(details, "Build ID", text("build"));
    add(details, "OS", join(text("os_pretty_version"), text("os_name"), text("os_version")));
    add(details, "CPU", join(text("cpu_arch"), text("cpu_info"), cpuCount()));
    add(details, "Crash reason", text("reason"));
    add(details, "Crash address", text("address"));
    add(details, "Process type", text("process_type"));
    add(details, "Uptime", formats.seconds(crash.path("uptime")));
    add(details, "Install age", formats.seconds(crash.path("install_age")));
    add(details, "Crash time", formats.time(crash.path("crash_time")));
    add(details, "Submitted", formats.time(crash.path("submitted_timestamp")));
    add(details, "Processed", formats.time(crash.path("date_processed")));
    add(details, "Crashing thread", text("crashing_thread"));
    add(details, "MOZ_CRASH reason", text("moz_crash_reason"));
    add(details, "Abort message", text("abort_message"));
    add(details, "Stack walker status", Formats.text(dump.path("status")));
    return details;
  }

  private String cpuCount() {
    String count = text("cpu_count");
    return count.isEmpty() ? "" : "(" + count + " CPUs)";
  }

  /** The crashing thread's stack, or null when the dump had none. */
  public StackThread getCrashingThread() {
    int index = crashingIndex();
    JsonNode thread = dump.path("crashing_thread");
    if (!thread.path("frames").isArray() && index >= 0) {
      thread = dump.path("threads").path(index);
    }
    return thread.path("frames").isArray() ? StackThread.of(index, thread, true) : null;
  }

  public boolean isAllThreads() {
    return request.getParameter(ALL_THREADS) != null;
  }

  public int getThreadCount() {
    return dump.path("threads").size();
  }

  /** Every thread but the crashing one; only built when asked for (large dumps have hundreds). */
  public List<StackThread> getOtherThreads() {
    int crashing = crashingIndex();
    List<StackThread> threads = new ArrayList<>();
    JsonNode all = dump.path("threads");
    for (int i = 0; i < all.size(); i++) {
      if (i != crashing) {
        threads.add(StackThread.of(i, all.get(i), false));
      }
    }
    return threads;
  }

  private int crashingIndex() {
    JsonNode index = crash.path("crashing_thread");
    if (!index.isInt()) {
      index = dump.path("crash_info").path("crashing_thread");
    }
    return index.isInt() ? index.asInt() : -1;
  }

  /** Modules, those with missing symbols first (they are why a stack lacks names). */
  public List<Module> getModules() {
    Set<String> inStack = new HashSet<>();
    crash.path("modules_in_stack").forEach(m -> inStack.add(m.asText().split("/", 2)[0]));
    List<Module> modules = new ArrayList<>();
    dump.path("modules")
        .forEach(m -> modules.add(Module.of(m, inStack.contains(m.path("filename").asText()))));
    modules.sort(
        (a, b) -> a.missingSymbols() == b.missingSymbols() ? 0 : a.missingSymbols() ? -1 : 1);
    return modules;
  }

  public long getModulesMissingSymbols() {
    return getModules().stream().filter(Module::missingSymbols).count();
  }

  /** Processor notes, one per line. */
  public List<String> getProcessorNotes() {
    String notes = text("processor_notes");
    return notes.isBlank() ? List.of() : List.of(notes.split("\n"));
  }

  /** The annotations every visitor may see, by name. */
  public List<Detail> getPublicAnnotations() {
    return annotations().publicOnes();
  }

  /** The protected annotations, only for visitors with {@code view_pii}; else empty. */
  public List<Detail> getProtectedAnnotations() {
    return annotations().protectedOnes();
  }

  private Annotations annotations;

  private Annotations annotations() {
    if (annotations == null) {
      annotations =
          crashes
              .rawCrash(crashId)
              .map(
                  raw ->
                      Annotations.split(
                          redactor.rawCrash(raw, Grants.anonymous()),
                          redactor.rawCrash(raw, caller.grants())))
              .orElse(Annotations.NONE);
    }
    return annotations;
  }

  public boolean isMayViewRawData() {
    return caller.grants().has(Permission.VIEW_PII);
  }

  public boolean isMayDownloadDumps() {
    return caller.grants().has(Permission.VIEW_RAWDUMP);
  }

  public boolean isMayReprocess() {
    return caller.grants().has(Permission.REPROCESS_CRASHES);
  }

  /** Download links of the crash's dumps, for visitors with {@code view_rawdump}. */
  public List<Detail> getDumpLinks() {
    if (!isMayDownloadDumps()) {
      return List.of();
    }
    String api = request.getContextPath() + "/api/RawCrash/?format=raw&crash_id=" + crashId;
    List<Detail> links = new ArrayList<>();
    for (String name : crashes.dumpNames(crashId)) {
      // The main minidump is asked for without a name (the API's own spelling of it).
      boolean main = name.equals(MAIN_DUMP_FIELD) || name.equals(StorageKeys.MAIN_DUMP_NAME);
      links.add(
          main
              ? new Detail("Download the minidump", api)
              : new Detail("Download " + name, api + "&name=" + name));
    }
    return links;
  }

  /** Whether the visitor just asked for the crash to be reprocessed (ReprocessServlet's answer). */
  public boolean isReprocessQueued() {
    return request.getParameter(ReprocessServlet.QUEUED) != null;
  }

  private String text(String key) {
    return Formats.text(crash.path(key));
  }

  private static void add(List<Detail> details, String label, String value) {
    if (value != null && !value.isBlank()) {
      details.add(new Detail(label, value));
    }
  }

  private static String join(String... parts) {
    List<String> kept = new ArrayList<>();
    for (String part : parts) {
      if (!part.isBlank() && !kept.contains(part)) {
        kept.add(part);
      }
    }
    return String.join(" ", kept);
  }
}
