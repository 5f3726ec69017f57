package dev.breakwater.signature;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.Objects;

/**
 * The read-only view of a processed crash that signature rules work on.
 *
 * <p>Each value is looked up under the processed-crash field first and, when absent, under the
 * crash annotation it comes from (annotations not yet renamed by the processor keep their reporter
 * spelling). The fields read, in lookup order:
 *
 * <table>
 *   <caption>Fields read by signature generation</caption>
 *   <tr><th>value</th><th>fields</th></tr>
 *   <tr><td>crashing thread</td><td>{@code crashing_thread}, {@code
 *       json_dump.crash_info.crashing_thread}</td></tr>
 *   <tr><td>threads</td><td>{@code json_dump.threads}, {@code threads}</td></tr>
 *   <tr><td>operating system</td><td>{@code json_dump.system_info.os}, {@code os_name}</td></tr>
 *   <tr><td>crash reason</td><td>{@code reason}, {@code json_dump.crash_info.type}</td></tr>
 *   <tr><td>stack walker status</td><td>{@code mdsw_status_string}, {@code
 *       json_dump.status}</td></tr>
 *   <tr><td>OOM allocation size</td><td>{@code oom_allocation_size}, {@code
 *       OOMAllocationSize}</td></tr>
 *   <tr><td>JS large allocation failure</td><td>{@code js_large_allocation_failure}, {@code
 *       JSLargeAllocationFailure}</td></tr>
 *   <tr><td>abort message</td><td>{@code abort_message}, {@code AbortMessage}</td></tr>
 *   <tr><td>async shutdown timeout</td><td>{@code async_shutdown_timeout}, {@code
 *       AsyncShutdownTimeout}</td></tr>
 *   <tr><td>JIT crash category</td><td>{@code classifications.jit.category}, {@code
 *       jit_category}</td></tr>
 *   <tr><td>IPC channel error</td><td>{@code ipc_channel_error}</td></tr>
 *   <tr><td>IPC message name</td><td>{@code ipc_message_name}, {@code IPCMessageName}</td></tr>
 *   <tr><td>MOZ_CRASH reason</td><td>{@code moz_crash_reason}, {@code MozCrashReason}</td></tr>
 *   <tr><td>additional minidumps</td><td>{@code additional_minidumps}</td></tr>
 *   <tr><td>Java stack trace</td><td>{@code java_stack_trace}, {@code JavaStackTrace}</td></tr>
 *   <tr><td>hang type</td><td>{@code hang_type}</td></tr>
 * </table>
 */
public final class CrashData {

  private final JsonNode crash;
  private final Integer crashingThreadOverride;

  private CrashData(JsonNode crash, Integer crashingThreadOverride) {
    this.crash = crash;
    this.crashingThreadOverride = crashingThreadOverride;
  }

  /** Wraps a processed crash; the node is read, never modified. */
  public static CrashData of(JsonNode processedCrash) {
    return new CrashData(Objects.requireNonNull(processedCrash, "processed crash"), null);
  }

  /** The same crash, seen as if {@code thread} had crashed. */
  public CrashData withCrashingThread(int thread) {
    return new CrashData(crash, thread);
  }

  /** Index of the crashing thread, or null when no thread is known to have crashed. */
  public Integer crashingThread() {
    if (crashingThreadOverride != null) {
      return crashingThreadOverride;
    }
    return integer(first("crashing_thread", "json_dump.crash_info.crashing_thread"));
  }

  /** The thread at {@code index} of the stack walk, or a missing node. */
  public JsonNode thread(Integer index) {
    JsonNode threads = first("json_dump.threads", "threads");
    if (index == null || index < 0 || !threads.isArray()) {
      return MissingNode.getInstance();
    }
    return threads.path(index);
  }

  public String os() {
    return text("json_dump.system_info.os", "os_name");
  }

  public String reason() {
    return text("reason", "json_dump.crash_info.type");
  }

  public String stackwalkerStatus() {
    return text("mdsw_status_string", "json_dump.status");
  }

  /** The requested allocation size of an out-of-memory crash, or null if absent or not a number. */
  public Long oomAllocationSize() {
    JsonNode size = first("oom_allocation_size", "OOMAllocationSize");
    if (size.isNumber()) {
      return size.longValue();
    }
    if (size.isTextual()) {
      try {
        return Long.parseLong(size.textValue().strip());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  public String jsLargeAllocationFailure() {
    return text("js_large_allocation_failure", "JSLargeAllocationFailure");
  }

  public String abortMessage() {
    return text("abort_message", "AbortMessage");
  }

  /** The AsyncShutdownTimeout annotation: a JSON text, or an object if already parsed. */
  public JsonNode asyncShutdownTimeout() {
    return first("async_shutdown_timeout", "AsyncShutdownTimeout");
  }

  public String jitCategory() {
    return text("classifications.jit.category", "jit_category");
  }

  public String ipcChannelError() {
    return text("ipc_channel_error");
  }

  public String ipcMessageName() {
    return text("ipc_message_name", "IPCMessageName");
  }

  public String mozCrashReason() {
    return text("moz_crash_reason", "MozCrashReason");
  }

  /** Names of the extra dumps: a list, or the reporter's comma-separated text. */
  public JsonNode additionalMinidumps() {
    return first("additional_minidumps");
  }

  public JsonNode javaStackTrace() {
    return first("java_stack_trace", "JavaStackTrace");
  }

  /** -1 for a hang of the main process, 1 for a hang seen by the browser, else 0 or null. */
  public Integer hangType() {
    return integer(first("hang_type"));
  }

  /** The first of the dotted paths that is present and not null. */
  private JsonNode first(String... paths) {
    for (String path : paths) {
      JsonNode node = crash;
      for (String part : path.split("\\.")) {
        node = node.path(part);
      }
      if (!node.isMissingNode() && !node.isNull()) {
        return node;
      }
    }
    return MissingNode.getInstance();
  }

  /** Text of the first present value; numbers and booleans as their JSON text. */
  private String text(String... paths) {
    JsonNode node = first(paths);
    return node.isValueNode() ? node.asText() : null;
  }

  private static Integer integer(JsonNode node) {
    if (node.isIntegralNumber() && node.canConvertToInt()) {
      return node.intValue();
    }
    if (node.isTextual()) {
      try {
        return Integer.valueOf(node.textValue().strip());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }
}
