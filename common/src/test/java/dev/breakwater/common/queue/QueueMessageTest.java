package dev.breakwater.common.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class QueueMessageTest {

  private static final String ID = "de1bb258-cbbf-4589-a673-34f800160918";

  @Test
  void plainCrashId() {
    QueueMessage message = QueueMessage.parse(ID + "\n");
    assertEquals(ID, message.crashId());
    assertEquals(Optional.empty(), message.ruleset());
    assertEquals(ID, message.body());
  }

  @Test
  void crashIdWithRuleset() {
    QueueMessage message = QueueMessage.parse(ID + ":regenerate_signature");
    assertEquals(ID, message.crashId());
    assertEquals(Optional.of("regenerate_signature"), message.ruleset());
    assertEquals(ID + ":regenerate_signature", message.body());
  }

  @Test
  void refusesGarbage() {
    assertThrows(IllegalArgumentException.class, () -> QueueMessage.parse("bp-" + ID));
    assertThrows(IllegalArgumentException.class, () -> QueueMessage.parse(ID + ":"));
    assertThrows(IllegalArgumentException.class, () -> QueueMessage.parse(ID + ":a b"));
    assertThrows(IllegalArgumentException.class, () -> QueueMessage.parse(null));
  }

  @Test
  void queueNames() {
    assertEquals("crashes.standard", CrashQueues.STANDARD);
    assertEquals("crashes.priority", CrashQueues.PRIORITY);
    assertEquals("crashes.reprocessing", CrashQueues.REPROCESSING);
  }
}
