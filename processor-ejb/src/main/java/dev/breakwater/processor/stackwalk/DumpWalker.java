package dev.breakwater.processor.stackwalk;

import java.nio.file.Path;

/**
 * Walks the stacks of a minidump in-process and describes the crash in rust-minidump's
 * minidump-stackwalk JSON format. Implementations never throw for a bad dump: they return a result
 * whose status says what went wrong.
 */
public interface DumpWalker {

  StackWalkResult walk(Path minidump, StackWalkBudget budget);

  /** Name and version of the stack walker, recorded in every processed crash. */
  String version();
}
