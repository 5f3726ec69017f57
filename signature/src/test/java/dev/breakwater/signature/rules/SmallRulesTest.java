package dev.breakwater.signature.rules;

import static dev.breakwater.signature.SignatureTestSupport.crash;
import static dev.breakwater.signature.SignatureTestSupport.stateWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.breakwater.signature.SignatureRule;
import dev.breakwater.signature.SignatureState;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Table of the rules that only test one field: rule, crash, signature before, whether the rule
 * applies, and the signature after.
 */
class SmallRulesTest {

  private static final Map<String, SignatureRule> RULES =
      Map.of(
          "BadHardware", new BadHardware(),
          "StackOverflowSignature", new StackOverflowSignature(),
          "SignatureIPCMessageName", new SignatureIPCMessageName(),
          "SignatureParentIDNotEqualsChildID", new SignatureParentIDNotEqualsChildID());

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "BadHardware ; {} ; hello ; false ; hello",
        "BadHardware ; '{\"reason\": \"FOO\"}' ; hello ; false ; hello",
        "BadHardware ; '{\"reason\": \"STATUS_DEVICE_DATA_ERROR\"}' ; hello ; true"
            + " ; bad hardware | hello",
        "BadHardware ; '{\"reason\": \"EXCEPTION_IN_PAGE_ERROR_READ / STATUS_DEVICE_DATA_ERROR\"}'"
            + " ; hello ; true ; bad hardware | hello",
        "BadHardware ; '{\"json_dump\": {\"crash_info\": {\"type\": \"STATUS_DEVICE_DATA_ERROR\"}}}'"
            + " ; hello ; true ; bad hardware | hello",
        "StackOverflowSignature ; {} ; hello ; false ; hello",
        "StackOverflowSignature ; '{\"reason\": \"EXCEPTION_ACCESS_VIOLATION_READ\"}' ; hello"
            + " ; false ; hello",
        "StackOverflowSignature ; '{\"reason\": \"EXCEPTION_STACK_OVERFLOW\"}' ; hello ; true"
            + " ; stackoverflow | hello",
        "SignatureIPCMessageName ; {} ; fooo::baar ; false ; fooo::baar",
        "SignatureIPCMessageName ; '{\"ipc_message_name\": \"\"}' ; fooo::baar ; false ; fooo::baar",
        "SignatureIPCMessageName ; '{\"ipc_message_name\": \"foo, bar\"}' ; fooo::baar ; true"
            + " ; fooo::baar | IPC_Message_Name=foo, bar",
        "SignatureIPCMessageName ; '{\"IPCMessageName\": \"PContent::Msg_X\"}' ; fooo::baar ; true"
            + " ; fooo::baar | IPC_Message_Name=PContent::Msg_X",
        "SignatureParentIDNotEqualsChildID ; {} ; fooo::baar ; false ; fooo::baar",
        "SignatureParentIDNotEqualsChildID ; '{\"moz_crash_reason\": \"\"}' ; fooo::baar ; false"
            + " ; fooo::baar",
        "SignatureParentIDNotEqualsChildID"
            + " ; '{\"moz_crash_reason\": \"MOZ_RELEASE_ASSERT(parentBuildID == childBuildID)\"}'"
            + " ; fooo::baar ; true ; parentBuildID != childBuildID",
        "SignatureParentIDNotEqualsChildID"
            + " ; '{\"MozCrashReason\": \"MOZ_RELEASE_ASSERT(parentBuildID == childBuildID)\"}'"
            + " ; fooo::baar ; true ; parentBuildID != childBuildID",
      })
  void rule(String name, String crash, String before, boolean applies, String after) {
    SignatureRule rule = RULES.get(name);
    SignatureState state = stateWith(before);
    assertEquals(applies, rule.predicate(crash(crash), state));
    if (applies) {
      rule.action(crash(crash), state);
    }
    assertEquals(after, state.signature());
  }
}
