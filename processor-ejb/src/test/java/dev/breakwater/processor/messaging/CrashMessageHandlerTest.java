package dev.breakwater.processor.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.breakwater.common.storage.InMemoryBlobStore;
import dev.breakwater.common.storage.StorageKeys;
import dev.breakwater.crash.schema.ProcessedCrashSchema;
import dev.breakwater.processor.application.CrashProcessor;
import dev.breakwater.processor.application.PriorityGate;
import dev.breakwater.processor.metrics.ProcessorMetrics;
import dev.breakwater.processor.pipeline.Pipeline;
import dev.breakwater.processor.pipeline.RuleObserver;
import dev.breakwater.processor.rules.ProcessorRulesets;
import dev.breakwater.processor.search.IndexedCrash;
import dev.breakwater.processor.stackwalk.DumpWalker;
import dev.breakwater.processor.stackwalk.StackWalkBudget;
import dev.breakwater.processor.stackwalk.StackWalkResult;
import dev.breakwater.signature.SignatureGenerator;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What becomes of each kind of message: processed, dropped, dead-lettered or rolled back. */
class CrashMessageHandlerTest {
  private static final String ID = "de1bb258-cbbf-4589-a673-34f800160918";

  @TempDir Path work;
  private final InMemoryBlobStore store = new InMemoryBlobStore();
  private final List<String> deadLettered = new ArrayList<>();
  private final Map<String, Integer> counts = new HashMap<>();
  private boolean rolledBack;
  private boolean indexDown;
  private CrashMessageHandler handler;

  @BeforeEach
  void setUp() {
    DumpWalker walker =
        new DumpWalker() {
          @Override
          public StackWalkResult walk(Path minidump, StackWalkBudget budget) {
            throw new UnsupportedOperationException("no dumps in these tests");
          }

          @Override
          public String version() {
            return "none";
          }
        };
    var rulesets =
        ProcessorRulesets.create(
            ProcessedCrashSchema.load(),
            walker,
            new StackWalkBudget(Duration.ofSeconds(1), 1),
            new SignatureGenerator(),
            (s, d) -> {});
    CrashProcessor processor =
        new CrashProcessor(
            new dev.breakwater.processor.storage.ProcessorStorage(store),
            new Pipeline(rulesets, "test", Clock.systemUTC(), RuleObserver.NONE),
            crash -> {
              if (indexDown) {
                throw new IOException("connection refused");
              }
              return new IndexedCrash("crashes", "", "");
            },
            work);
    handler = new CrashMessageHandler();
    handler.processor = processor;
    handler.metrics = new ProcessorMetrics(countingRegistry());
    handler.priorityGate = new PriorityGate();
    handler.missingRawCrashDeliveries = 2;
    handler.priorityYieldMs = 10;
    handler.transaction =
        proxy(
            TransactionSynchronizationRegistry.class,
            (method, args) -> {
              if (method.equals("setRollbackOnly")) {
                rolledBack = true;
              }
              return null;
            });
    handler.deadLetters =
        new DeadLetters() {
          @Override
          public void send(
              Message original,
              String body,
              String crashId,
              CrashQueue from,
              MessageOutcome reason) {
            deadLettered.add(reason.code() + " " + body);
          }
        };
  }

  private void storeRawCrash() {
    store.put(
        StorageKeys.rawCrash(ID),
        ("{\"uuid\": \"" + ID + "\", \"submitted_timestamp\": \"2016-09-18T10:00:00Z\"}")
            .getBytes(StandardCharsets.UTF_8));
  }

  private int count(CrashQueue queue, MessageOutcome outcome) {
    return counts.getOrDefault(queue.queueName() + "/" + outcome.code(), 0);
  }

  @Test
  void aCrashIsProcessedStoredAndCounted() {
    storeRawCrash();
    handler.handle(message(ID, 1), CrashQueue.STANDARD);
    assertTrue(store.exists(StorageKeys.processedCrash(ID)));
    assertEquals(1, count(CrashQueue.STANDARD, MessageOutcome.PROCESSED));
    assertFalse(rolledBack);
    assertTrue(deadLettered.isEmpty());
  }

  @Test
  void testMessagesAreDropped() {
    handler.handle(message(" test\n", 1), CrashQueue.STANDARD);
    assertEquals(1, count(CrashQueue.STANDARD, MessageOutcome.TEST_DROPPED));
    assertTrue(deadLettered.isEmpty());
    assertFalse(rolledBack);
  }

  @Test
  void unparseableBodiesAreDeadLetteredNotRetried() {
    handler.handle(message("bp-nonsense", 1), CrashQueue.PRIORITY);
    assertEquals(List.of("unparseable bp-nonsense"), deadLettered);
    assertFalse(rolledBack, "acknowledged, so it is not redelivered");
  }

  @Test
  void unknownRulesetsAreDeadLettered() {
    handler.handle(message(ID + ":bogus", 1), CrashQueue.REPROCESSING);
    assertEquals(List.of("unknown_ruleset " + ID + ":bogus"), deadLettered);
  }

  @Test
  void aMissingRawCrashIsRetriedOnceThenDeadLettered() {
    handler.handle(message(ID, 1), CrashQueue.STANDARD);
    assertTrue(rolledBack, "first delivery goes back to the queue");
    assertTrue(deadLettered.isEmpty());

    rolledBack = false;
    handler.handle(message(ID, 2), CrashQueue.STANDARD);
    assertFalse(rolledBack);
    assertEquals(List.of("missing_raw_crash " + ID + ":default"), deadLettered);
    assertEquals(1, count(CrashQueue.STANDARD, MessageOutcome.MISSING_RAW_CRASH_RETRIED));
    assertEquals(1, count(CrashQueue.STANDARD, MessageOutcome.MISSING_RAW_CRASH));
  }

  @Test
  void aCorruptRawCrashIsDeadLettered() {
    store.put(StorageKeys.rawCrash(ID), "not json".getBytes(StandardCharsets.UTF_8));
    handler.handle(message(ID, 1), CrashQueue.STANDARD);
    assertEquals(List.of("corrupt_crash " + ID + ":default"), deadLettered);
    assertFalse(rolledBack);
  }

  @Test
  void aFailureRollsBackForTheBrokerToRedeliver() {
    storeRawCrash();
    indexDown = true;
    handler.handle(message(ID, 1), CrashQueue.STANDARD);
    assertTrue(rolledBack);
    assertTrue(deadLettered.isEmpty(), "the broker dead-letters after its max delivery attempts");
    assertEquals(1, count(CrashQueue.STANDARD, MessageOutcome.FAILED));
  }

  // --- fakes of the container's objects ---------------------------------------------------------

  interface Call {
    Object invoke(String method, Object[] args);
  }

  private static <T> T proxy(Class<T> type, Call call) {
    return type.cast(
        Proxy.newProxyInstance(
            CrashMessageHandlerTest.class.getClassLoader(),
            new Class<?>[] {type},
            (self, method, args) -> {
              if (method.getDeclaringClass() == Object.class) {
                return method.getName().equals("hashCode")
                    ? System.identityHashCode(self)
                    : method.getName().equals("equals") ? self == args[0] : "fake";
              }
              return call.invoke(method.getName(), args);
            }));
  }

  private static Message message(String body, int delivery) {
    return proxy(
        TextMessage.class,
        (method, args) ->
            switch (method) {
              case "getText" -> body;
              case "getIntProperty" -> delivery;
              case "getJMSTimestamp" -> System.currentTimeMillis();
              case "getPropertyNames" -> Collections.emptyEnumeration();
              default -> null;
            });
  }

  /** Counters that add up by "queue/outcome"; every other metric ignores what it is told. */
  private MetricRegistry countingRegistry() {
    return proxy(
        MetricRegistry.class,
        (method, args) -> {
          Tag[] tags = args.length > 1 && args[1] instanceof Tag[] t ? t : new Tag[0];
          if (method.equals("counter") && tags.length == 2) {
            String key = tags[0].getTagValue() + "/" + tags[1].getTagValue();
            return proxy(
                org.eclipse.microprofile.metrics.Counter.class,
                (m, a) -> {
                  if (m.equals("inc")) {
                    counts.merge(key, 1, Integer::sum);
                  }
                  return null;
                });
          }
          if (method.equals("counter")) {
            return proxy(org.eclipse.microprofile.metrics.Counter.class, (m, a) -> null);
          }
          return proxy(org.eclipse.microprofile.metrics.Timer.class, (m, a) -> null);
        });
  }
}
