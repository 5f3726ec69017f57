package dev.breakwater.signature.rules;

import static dev.breakwater.signature.SignatureTestSupport.crash;
import static dev.breakwater.signature.SignatureTestSupport.stateWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.breakwater.signature.SignatureState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OOMSignatureTest {

  private final OOMSignature rule = new OOMSignature();

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "{} ; hello ; false",
        "'{\"oom_allocation_size\": 17}' ; hello ; true",
        "'{\"OOMAllocationSize\": \"17\"}' ; hello ; true",
        "'{\"oom_allocation_size\": 0}' ; hello ; false",
        // Fragments of OOM handling in the signature
        "{} ; this | is | a | NS_ABORT_OOM | signature ; true",
        "{} ; mozalloc_handle_oom | this | is | bad ; true",
        "{} ; CrashAtUnhandlableOOM ; true",
        "{} ; js::AutoEnterOOMUnsafeRegion::crash ; true",
        "{} ; alloc::oom::oom ; true",
        // The crashing thread's last error
        "'{\"crashing_thread\": 5}' ; Text ; false",
        "'{\"crashing_thread\": 5, \"threads\": []}' ; Text ; false",
        "'{\"crashing_thread\": 0, \"threads\": [{\"last_error_value\": \"FOO\"}]}' ; Text ; false",
        "'{\"crashing_thread\": 0, \"threads\": [{\"last_error_value\": \"ERROR_COMMITMENT_LIMIT\"}]}'"
            + " ; Text ; true",
        "'{\"crashing_thread\": 0, \"threads\": [{\"last_error_value\": \"ERROR_NOT_ENOUGH_MEMORY\"}]}'"
            + " ; Text ; true",
        // The crash reason
        "'{\"reason\": \"FOO\"}' ; Text ; false",
        "'{\"reason\": \"STATUS_NO_MEMORY\"}' ; Text ; true",
        "'{\"reason\": \"STATUS_FATAL_MEMORY_EXHAUSTION\"}' ; Text ; true",
        // A large JS allocation that failed and was reported
        "'{\"js_large_allocation_failure\": null}' ; Text ; false",
        "'{\"js_large_allocation_failure\": \"Reporting\"}' ; Text ; true",
        "'{\"js_large_allocation_failure\": \"Reported\"}' ; Text ; false",
        // An empty signature says nothing
        "'{\"reason\": \"STATUS_NO_MEMORY\"}' ; '' ; false",
      })
  void predicate(String crash, String signature, boolean expected) {
    assertEquals(expected, rule.predicate(crash(crash), stateWith(signature)));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "{} ; OOM | unknown | hello",
        "'{\"oom_allocation_size\": \"not a number\"}' ; OOM | unknown | hello",
        "'{\"oom_allocation_size\": 17}' ; OOM | small",
        "'{\"oom_allocation_size\": 17.0}' ; OOM | small",
        "'{\"oom_allocation_size\": 262144}' ; OOM | small",
        "'{\"oom_allocation_size\": 262145}' ; OOM | large | hello",
        "'{\"oom_allocation_size\": 17000000}' ; OOM | large | hello",
        "'{\"OOMAllocationSize\": \"17000000\"}' ; OOM | large | hello",
        "'{\"js_large_allocation_failure\": \"Reporting\"}' ; OOM | large | hello",
      })
  void action(String crash, String expected) {
    SignatureState state = stateWith("hello");
    rule.action(crash(crash), state);
    assertEquals(expected, state.signature());
  }
}
