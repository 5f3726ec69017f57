package dev.breakwater.processor.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The session count of each queue listener is the environment variable and default that
 * docs/processor.md lists. That Payara resolves the expression is for ProcessorSessionsIT to show
 * against a running processor; it sees only the counts the test stack runs with, not every name and
 * default.
 */
class ListenerSessionsTest {

  private static final Pattern ENV_WITH_DEFAULT =
      Pattern.compile("\\$\\{ENV=(BREAKWATER_PROCESSOR_[A-Z]+_SESSIONS):([0-9]+)}");

  @ParameterizedTest
  @CsvSource({
    "StandardQueueListener, crashes.standard, BREAKWATER_PROCESSOR_STANDARD_SESSIONS, 16",
    "PriorityQueueListener, crashes.priority, BREAKWATER_PROCESSOR_PRIORITY_SESSIONS, 2",
    "ReprocessingQueueListener, crashes.reprocessing, BREAKWATER_PROCESSOR_REPROCESSING_SESSIONS, 1"
  })
  void sessionsComeFromTheEnvironmentWithADefault(
      String listener, String queue, String variable, int sessions) throws Exception {
    MessageDriven bean =
        Class.forName(getClass().getPackageName() + "." + listener)
            .getAnnotation(MessageDriven.class);

    assertEquals(queue, property(bean, "destination"));
    Matcher matcher = ENV_WITH_DEFAULT.matcher(property(bean, "maxSession"));
    assertTrue(matcher.matches(), property(bean, "maxSession"));
    assertEquals(variable, matcher.group(1));
    assertEquals(sessions, Integer.parseInt(matcher.group(2)));
  }

  private static String property(MessageDriven bean, String name) {
    return Arrays.stream(bean.activationConfig())
        .filter(p -> p.propertyName().equals(name))
        .map(ActivationConfigProperty::propertyValue)
        .findFirst()
        .orElseThrow();
  }
}
