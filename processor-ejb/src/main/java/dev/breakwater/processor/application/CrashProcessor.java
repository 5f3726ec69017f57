package dev.breakwater.processor.application;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.processor.pipeline.Dump;
import dev.breakwater.processor.pipeline.Pipeline;
import dev.breakwater.processor.pipeline.ProcessingCrash;
import dev.breakwater.processor.pipeline.Rulesets;
import dev.breakwater.processor.search.CrashIndex;
import dev.breakwater.processor.search.IndexedCrash;
import dev.breakwater.processor.storage.ProcessorStorage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Processes one crash: raw crash and dumps from storage, the ruleset, the processed crash back to
 * storage ({@code v1/processed_crash/<id>}), then into the search index. Storage comes first so a
 * crash that is searchable can always be opened. Every step is idempotent, so running it again for
 * the same crash (a redelivered message) replaces the results instead of duplicating them.
 * Thread-safe; dumps are fetched into a directory of their own per call and deleted afterwards.
 */
public final class CrashProcessor {
  private static final Logger LOG = Logger.getLogger(CrashProcessor.class.getName());

  private final ProcessorStorage storage;
  private final Pipeline pipeline;
  private final CrashIndex index;
  private final Path workDirectory;

  public CrashProcessor(
      ProcessorStorage storage, Pipeline pipeline, CrashIndex index, Path workDirectory) {
    this.storage = storage;
    this.pipeline = pipeline;
    this.index = index;
    this.workDirectory = workDirectory;
  }

  /**
   * Opens connections to storage and the index and prepares this week's index, so the first crash
   * is not slowed down by them.
   *
   * @throws IOException when the index cannot be reached (the caller may go on without warming)
   */
  public void warmUp() throws IOException {
    storage.warmUp();
    index.warmUp(java.time.Instant.now());
  }

  /** Whether {@code ruleset} names one of the processor's rulesets. */
  public boolean knowsRuleset(String ruleset) {
    return pipeline.rulesets().get(ruleset).isPresent();
  }

  /**
   * @param reprocess true for an explicit request to process again: the earlier processed crash is
   *     the starting point, so its notes move to the history
   * @throws MissingRawCrashException when storage has no raw crash for this ID
   * @throws IllegalArgumentException for an unknown ruleset
   * @throws IOException when the search index cannot be reached
   */
  public ProcessingResult process(String crashId, String ruleset, boolean reprocess)
      throws IOException {
    if (!knowsRuleset(ruleset)) {
      throw new IllegalArgumentException("unknown ruleset " + ruleset);
    }
    Stopwatch watch = new Stopwatch();
    ObjectNode rawCrash =
        storage.rawCrash(crashId).orElseThrow(() -> new MissingRawCrashException(crashId));
    Optional<ObjectNode> previous =
        reprocess || !ruleset.equals(Rulesets.DEFAULT)
            ? storage.processedCrash(crashId)
            : Optional.empty();
    // Rerunning part of the rules needs an earlier result to build on; without one, run them all.
    String effective = previous.isPresent() ? ruleset : Rulesets.DEFAULT;
    Path directory = Files.createTempDirectory(workDirectory, crashId);
    try {
      List<String> missingDumps = new ArrayList<>();
      Map<String, Dump> dumps =
          effective.equals(Rulesets.DEFAULT)
              ? fetchDumps(crashId, directory, missingDumps)
              : Map.of();
      ProcessingCrash report =
          new ProcessingCrash(
              crashId, rawCrash, dumps, previous.orElseGet(JsonNodeFactory.instance::objectNode));
      missingDumps.forEach(
          name -> report.addNote("dump %s is listed but not stored".formatted(name)));
      return run(effective, report, watch);
    } finally {
      deleteRecursively(directory);
    }
  }

  /** Runs the ruleset, then stores and indexes the result. */
  private ProcessingResult run(String ruleset, ProcessingCrash report, Stopwatch watch)
      throws IOException {
    Duration fetch = watch.lap();
    ObjectNode processed = pipeline.process(ruleset, report);
    Duration rules = watch.lap();
    storage.saveProcessedCrash(report.crashId(), processed);
    Duration save = watch.lap();
    IndexedCrash indexed = index.index(processed);
    return new ProcessingResult(
        report.crashId(),
        ruleset,
        processed.path("signature").asText(),
        indexed,
        fetch,
        rules,
        save,
        watch.lap());
  }

  /** Measures consecutive steps. */
  private static final class Stopwatch {
    private long last = System.nanoTime();

    Duration lap() {
      long now = System.nanoTime();
      Duration elapsed = Duration.ofNanos(now - last);
      last = now;
      return elapsed;
    }
  }

  private Map<String, Dump> fetchDumps(String crashId, Path directory, List<String> missing) {
    Map<String, Dump> dumps = new LinkedHashMap<>();
    for (String name : storage.dumpNames(crashId)) {
      storage
          .fetchDump(crashId, name, directory)
          .ifPresentOrElse(dump -> dumps.put(name, dump), () -> missing.add(name));
    }
    return dumps;
  }

  private static void deleteRecursively(Path directory) {
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException | UncheckedIOException e) {
      // Never hide the outcome of processing behind a cleanup problem; the files are temporary.
      LOG.log(Level.WARNING, "could not delete " + directory, e);
    }
  }
}
