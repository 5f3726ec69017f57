package dev.breakwater.signature.rules;

import static dev.breakwater.signature.SignatureTestSupport.crash;
import static dev.breakwater.signature.SignatureTestSupport.stateWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.breakwater.signature.SignatureState;
import dev.breakwater.signature.lists.SignatureListsSource;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignatureRunWatchDogTest {

  private final SignatureRunWatchDog rule =
      new SignatureRunWatchDog(new StackSignatureRule(SignatureListsSource.included()));

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "I'm not real ; false",
        "mozilla::`anonymous namespace''::RunWatchdog(void*) ; true",
        "mozilla::(anonymous namespace)::RunWatchdog ; true",
      })
  void predicate(String signature, boolean expected) {
    assertEquals(expected, rule.predicate(crash("{}"), stateWith(signature)));
  }

  @Test
  void regeneratesFromThreadZero() {
    String crash =
        """
        {"crashing_thread": 1, "json_dump": {"threads": [
          {"frames": [
            {"function": "NtWaitForMultipleObjects", "module": "ntdll.dll", "module_offset": "0x1"},
            {"function": "mozilla::SpinEventLoopUntil<T>", "module": "xul.dll", "module_offset": "0x2"},
            {"function": "nsThread::Shutdown()", "module": "xul.dll", "module_offset": "0x3"},
            {"function": "mozilla::ShutdownXPCOM(nsIServiceManager*)", "module": "xul.dll",
             "module_offset": "0x4"}]},
          {"frames": [
            {"function": "mozilla::(anonymous namespace)::RunWatchdog(void*)", "module": "xul.dll",
             "module_offset": "0x5"}]}
        ]}}
        """;
    SignatureState state = stateWith("mozilla::(anonymous namespace)::RunWatchdog");
    rule.action(crash(crash), state);
    assertEquals(
        "shutdownhang | mozilla::SpinEventLoopUntil<T> | nsThread::Shutdown"
            + " | mozilla::ShutdownXPCOM",
        state.signature());
    assertEquals(
        "NtWaitForMultipleObjects | mozilla::SpinEventLoopUntil<T> | nsThread::Shutdown"
            + " | mozilla::ShutdownXPCOM",
        state.protoSignature());
    assertEquals(List.of(), state.notes());
  }
}
