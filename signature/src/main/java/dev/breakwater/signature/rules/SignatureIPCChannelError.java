package dev.breakwater.signature.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.breakwater.signature.CrashData;
import dev.breakwater.signature.SignatureRule;
import dev.breakwater.signature.SignatureState;
import java.util.Arrays;

/**
 * Replaces the signature with {@code IPCError-browser | <error>} or {@code IPCError-content |
 * <error>} when a child process was killed over an IPC channel error: the stack is the kill, not
 * the cause.
 */
public final class SignatureIPCChannelError implements SignatureRule {

  /** At most this many characters of the error go into the signature. */
  static final int ERROR_MAX_LENGTH = 100;

  @Override
  public boolean predicate(CrashData crash, SignatureState state) {
    String error = crash.ipcChannelError();
    return error != null && !error.isEmpty();
  }

  @Override
  public void action(CrashData crash, SignatureState state) {
    String process = hasBrowserDump(crash.additionalMinidumps()) ? "browser" : "content";
    String error = crash.ipcChannelError();
    if (error.codePointCount(0, error.length()) > ERROR_MAX_LENGTH) {
      error = error.substring(0, error.offsetByCodePoints(0, ERROR_MAX_LENGTH));
    }
    state.info(name(), "IPC Channel Error stomped on signature");
    state.setSignature(name(), "IPCError-" + process + " | " + error);
  }

  /**
   * Whether the report carries the browser's dump: a processed list of dump names ({@code
   * upload_file_minidump_browser}) or the reporter's comma-separated annotation ({@code
   * browser,flash1}).
   */
  private static boolean hasBrowserDump(JsonNode dumps) {
    if (dumps.isArray()) {
      for (JsonNode dump : dumps) {
        if (isBrowserDump(dump.asText())) {
          return true;
        }
      }
      return false;
    }
    return dumps.isTextual()
        && Arrays.stream(dumps.textValue().split(","))
            .map(String::strip)
            .anyMatch(SignatureIPCChannelError::isBrowserDump);
  }

  private static boolean isBrowserDump(String name) {
    return name.equals("upload_file_minidump_browser") || name.equals("browser");
  }
}
