package dev.breakwater.signature.rules;

import static dev.breakwater.signature.SignatureTestSupport.crash;
import static dev.breakwater.signature.SignatureTestSupport.stateWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.breakwater.signature.SignatureState;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignatureIPCChannelErrorTest {

  private final SignatureIPCChannelError rule = new SignatureIPCChannelError();

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "{} ; false",
        "'{\"ipc_channel_error\": \"\"}' ; false",
        "'{\"ipc_channel_error\": \"foo, bar\"}' ; true",
      })
  void predicate(String crash, boolean expected) {
    assertEquals(expected, rule.predicate(crash(crash), stateWith("")));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "'' ; IPCError-content",
        "', \"additional_minidumps\": \"browser\"' ; IPCError-browser",
        "', \"additional_minidumps\": \"flash1,browser\"' ; IPCError-browser",
        "', \"additional_minidumps\": \"flash1\"' ; IPCError-content",
        "', \"additional_minidumps\": [\"upload_file_minidump_browser\"]' ; IPCError-browser",
        "', \"additional_minidumps\": [\"upload_file_minidump_content\"]' ; IPCError-content",
      })
  void replacesTheSignature(String extra, String prefix) {
    String error = "ipc".repeat(50);
    SignatureState state = stateWith("foo::bar");
    rule.action(crash("{\"ipc_channel_error\": \"" + error + "\"" + extra + "}"), state);
    assertEquals(prefix + " | " + error.substring(0, 100), state.signature());
    assertEquals(
        List.of("SignatureIPCChannelError: IPC Channel Error stomped on signature"), state.notes());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {"ShutDownKill ; IPCError-content | ShutDownKill"})
  void shutDownKillAlsoReplacesTheSignature(String error, String expected) {
    SignatureState state = stateWith("foo::bar");
    rule.action(crash("{\"ipc_channel_error\": \"" + error + "\"}"), state);
    assertEquals(expected, state.signature());
  }
}
