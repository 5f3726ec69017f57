package dev.breakwater.signature.rules;

import static dev.breakwater.signature.SignatureTestSupport.crash;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.breakwater.signature.SignatureState;
import dev.breakwater.signature.lists.SignatureListsSource;
import java.util.List;
import org.junit.jupiter.api.Test;

class StackSignatureRuleTest {

  static final String FLASH_FRAMES =
      """
        {"frame": 5, "file": "F117835525________________________________________",
         "function": "F_1152915508__________________________________", "line": 118,
         "module": "NPSWF32_14_0_0_125.dll", "module_offset": "0x36a13b", "offset": "0x5e3aa13b"},
        {"frame": 6, "file": "F_851861807_______________________________________",
         "function": "F2166389______________________________________", "line": 552,
         "module": "NPSWF32_14_0_0_125.dll", "module_offset": "0x35faf5", "offset": "0x5e39faf5"},
        {"frame": 7, "file": "F_851861807_______________________________________",
         "function": "F_917831355___________________________________", "line": 488,
         "module": "NPSWF32_14_0_0_125.dll", "module_offset": "0x360a7b", "offset": "0x5e3a0a7b"},
        {"frame": 8, "file": "F_851861807_______________________________________",
         "function": "F1315696776________________________________", "line": 439,
         "module": "NPSWF32_14_0_0_125.dll", "module_offset": "0x35e2fd", "offset": "0x5e39e2fd"},
        {"frame": 9, "file": "F_766591945_______________________________________",
         "function": "F_1428703866________________________________", "line": 203,
         "module": "NPSWF32_14_0_0_125.dll", "module_offset": "0x35bf21", "offset": "0x5e39bf21"}
      """;

  static String windowsCrash(String frame1, String frame2, String frame3) {
    return """
        {"os_name": "Windows NT", "crashing_thread": 0, "json_dump": {"threads": [{"frames": [
          {"frame": 0, "function": "NtWaitForMultipleObjects", "module": "ntdll.dll",
           "module_offset": "0x2015d", "offset": "0x77ad015d"},
          {"frame": 1, "function": "%s", "module": "KERNELBASE.dll",
           "module_offset": "0x115f6", "offset": "0x775e15f6"},
          {"frame": 2, "function": "%s", "module": "kernel32.dll",
           "module_offset": "0x119f7", "offset": "0x766119f7"},
          {"frame": 3, "function": "%s", "module": "user32.dll",
           "module_offset": "0x20869", "offset": "0x77370869"},
          {"frame": 4, "function": "MsgWaitForMultipleObjects", "module": "user32.dll",
           "module_offset": "0x20b68", "offset": "0x77370b68"},
          %s
        ]}]}}
        """
        .formatted(frame1, frame2, frame3, FLASH_FRAMES);
  }

  static final String FLASH_PROTO =
      " | F_1152915508__________________________________"
          + " | F2166389______________________________________"
          + " | F_917831355___________________________________"
          + " | F1315696776________________________________"
          + " | F_1428703866________________________________";

  private final StackSignatureRule rule = new StackSignatureRule(SignatureListsSource.included());

  @Test
  void cStackTrace() {
    SignatureState state = new SignatureState();
    rule.action(
        crash(
            windowsCrash(
                "WaitForMultipleObjectsEx",
                "WaitForMultipleObjectsExImplementation",
                "RealMsgWaitForMultipleObjectsEx")),
        state);
    assertEquals(
        "MsgWaitForMultipleObjects | F_1152915508__________________________________",
        state.signature());
    assertEquals(
        "NtWaitForMultipleObjects | WaitForMultipleObjectsEx"
            + " | WaitForMultipleObjectsExImplementation | RealMsgWaitForMultipleObjectsEx"
            + " | MsgWaitForMultipleObjects"
            + FLASH_PROTO,
        state.protoSignature());
    assertEquals(List.of(), state.notes());
  }

  @Test
  void templatesAreCollapsed() {
    SignatureState state = new SignatureState();
    rule.action(
        crash(
            windowsCrash(
                "Alpha<Bravo<Charlie>, Delta>::Echo<Foxtrot>",
                "WaitForMultipleObjectsExImplementation",
                "RealMsgWaitForMultipleObjectsEx(void **fakeargs)")),
        state);
    assertEquals("Alpha<T>::Echo<T>", state.signature());
    assertEquals(
        "NtWaitForMultipleObjects | Alpha<T>::Echo<T> | WaitForMultipleObjectsExImplementation"
            + " | RealMsgWaitForMultipleObjectsEx | MsgWaitForMultipleObjects"
            + FLASH_PROTO,
        state.protoSignature());
    assertEquals(List.of(), state.notes());
  }

  @Test
  void templateExceptionsAreKept() {
    SignatureState state = new SignatureState();
    rule.action(
        crash(
            windowsCrash(
                "<name omitted>",
                "IPC::ParamTraits<mozilla::net::NetAddr>::Write",
                "RealMsgWaitForMultipleObjectsEx(void **fakeargs)")),
        state);
    // IPC:: frames are prefixes in the current lists, so the walk goes on to the first frame that
    // is neither irrelevant nor a prefix.
    assertEquals(
        "<name omitted> | IPC::ParamTraits<mozilla::net::NetAddr>::Write"
            + " | MsgWaitForMultipleObjects | F_1152915508__________________________________",
        state.signature());
    assertEquals(
        "NtWaitForMultipleObjects | <name omitted> | IPC::ParamTraits<mozilla::net::NetAddr>::Write"
            + " | RealMsgWaitForMultipleObjectsEx | MsgWaitForMultipleObjects"
            + FLASH_PROTO,
        state.protoSignature());
  }

  @Test
  void noCrashingThread() {
    SignatureState state = new SignatureState();
    rule.action(crash("{\"json_dump\": {\"threads\": [{\"frames\": []}]}}"), state);
    assertEquals("EMPTY: no crashing thread identified", state.signature());
    assertNull(state.protoSignature());
    assertEquals(
        List.of("SignatureGenerationRule: CSignatureTool: no crashing thread identified"),
        state.notes());
  }

  @Test
  void crashingThreadOutOfRange() {
    SignatureState state = new SignatureState();
    rule.action(crash("{\"crashing_thread\": 4, \"json_dump\": {\"threads\": []}}"), state);
    assertEquals("EMPTY: no frame data available", state.signature());
    assertEquals(
        List.of("SignatureGenerationRule: CSignatureTool: no frame data for crashing thread (4)"),
        state.notes());
  }

  @Test
  void windowsModuleNamesAreLowerCased() {
    SignatureState state = new SignatureState();
    rule.action(
        crash(
            """
            {"crashing_thread": 0, "json_dump": {"system_info": {"os": "Windows NT"},
             "threads": [{"frames": [
               {"offset": "0x5e39bf21", "trust": "cfi"},
               {"offset": "0x5e39bf21", "trust": "cfi"},
               {"offset": "0x5e39bf21", "trust": "cfi"},
               {"frame": 3, "module": "USER2.dll", "module_offset": "0x20869",
                "offset": "0x77370869", "trust": "cfi"}]}]}}
            """),
        state);
    assertEquals("user2.dll", state.signature());
    assertEquals(
        "@0x5e39bf21 | @0x5e39bf21 | @0x5e39bf21 | user2.dll@0x20869", state.protoSignature());
    assertEquals(List.of(), state.notes());
  }

  @Test
  void javaStackTrace() {
    SignatureState state = new SignatureState();
    String trace =
        "   SomeJavaException: "
            + "t".repeat(1000)
            + "  \\nat org.mozilla.lars.myInvention(larsFile.java)";
    rule.action(crash("{\"java_stack_trace\": \"" + trace + "\"}"), state);
    assertEquals(
        "SomeJavaException: at org.mozilla.lars.myInvention(larsFile.java)", state.signature());
    assertNull(state.protoSignature());
    assertEquals(
        List.of(
            "SignatureGenerationRule: JavaSignatureTool: dropped Java exception description due to"
                + " length"),
        state.notes());
  }

  @Test
  void debugLogNamesTheListsInUse() {
    SignatureState state = new SignatureState();
    rule.action(crash("{}"), state);
    assertEquals(
        List.of(
            "SignatureGenerationRule: using CSignatureTool",
            "SignatureGenerationRule: using included signature lists",
            "SignatureGenerationRule: change signature: \"\" -> \"EMPTY: no crashing thread"
                + " identified\""),
        state.debugLog());
  }
}
