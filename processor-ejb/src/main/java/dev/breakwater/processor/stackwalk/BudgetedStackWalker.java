package dev.breakwater.processor.stackwalk;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Holds any stack walker to a budget: a minidump larger than the memory budget is not walked (the
 * walker itself keeps the symbols and frames of a smaller one within the budget). The walker also
 * stops itself when the time budget runs out and returns the stacks it has walked; a walk that
 * outlives the budget by more than {@link #GRACE} (stuck where the walker does not look at the
 * clock) is abandoned with status {@value #TIME_BUDGET_EXCEEDED} and its thread interrupted. Either
 * way the crash is processed with what is known, never stuck.
 *
 * <p>folklore: a crafted or damaged dump can make a stack walker scan megabytes of stack or loop
 * over a corrupt CFI program; Socorro killed its external stack walker after a timeout for this
 * reason. Covered by BudgetedStackWalkerTest.
 */
public final class BudgetedStackWalker implements DumpWalker, AutoCloseable {
  public static final String TIME_BUDGET_EXCEEDED = "TimeBudgetExceeded";
  public static final String MEMORY_BUDGET_EXCEEDED = "DumpExceedsMemoryBudget";
  public static final String WALKER_FAILED = "StackWalkerFailed";

  /**
   * Note status of a walk that completed within its memory budget by leaving out symbol files or
   * threads that would have passed it (the JSON's {@code memory_budget} says which).
   */
  public static final String MEMORY_BUDGET_REACHED = "MemoryBudgetReached";

  /** How long past its time budget a walk may take to hand over its partial result. */
  static final Duration GRACE = Duration.ofSeconds(1);

  private final DumpWalker walker;
  private final ExecutorService threads;

  /**
   * @param threads how many walks can run at once; also bounds how many abandoned walks can still
   *     be running
   */
  public BudgetedStackWalker(DumpWalker walker, int threads) {
    this.walker = walker;
    AtomicInteger number = new AtomicInteger();
    this.threads =
        Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread thread = new Thread(task, "stackwalk-" + number.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Stops the walker threads, interrupting walks still running. */
  @Override
  public void close() {
    threads.shutdownNow();
  }

  @Override
  public StackWalkResult walk(Path minidump, StackWalkBudget budget) {
    try {
      long size = Files.size(minidump);
      if (size > budget.memoryBytes()) {
        return empty(
            MEMORY_BUDGET_EXCEEDED,
            "dump of %d bytes over the budget of %d".formatted(size, budget.memoryBytes()));
      }
    } catch (IOException e) {
      return empty(WALKER_FAILED, "cannot read the dump: " + e);
    }
    Future<StackWalkResult> walk = threads.submit(() -> walker.walk(minidump, budget));
    try {
      return walk.get(budget.time().plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      walk.cancel(true);
      return empty(TIME_BUDGET_EXCEEDED, "walk abandoned after " + budget.time().plus(GRACE));
    } catch (ExecutionException e) {
      return empty(WALKER_FAILED, "stack walker failed: " + e.getCause());
    } catch (InterruptedException e) {
      walk.cancel(true);
      Thread.currentThread().interrupt(); // shutting down: the crash is rolled back and redelivered
      throw new IllegalStateException("interrupted while walking " + minidump, e);
    }
  }

  @Override
  public String version() {
    return walker.version();
  }

  private static StackWalkResult empty(String status, String log) {
    return new StackWalkResult(
        JsonNodeFactory.instance.objectNode().put("status", status), status, log);
  }
}
