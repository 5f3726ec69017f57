package dev.breakwater.processor.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A crash report being processed: its raw crash (annotations plus the collector's keys), its dumps,
 * the processed crash being built, and the notes of this processing. Rules read the first two and
 * write the last two. One instance per processing; not shared between threads.
 */
public final class ProcessingCrash {
  private final String crashId;
  private final ObjectNode rawCrash;
  private final SortedMap<String, Dump> dumps;
  private final ObjectNode processedCrash;
  private final ProcessorNotes notes = new ProcessorNotes();

  /**
   * @param processedCrash the previous processed crash when reprocessing (its notes move to the
   *     history), or an empty object
   */
  public ProcessingCrash(
      String crashId, ObjectNode rawCrash, Map<String, Dump> dumps, ObjectNode processedCrash) {
    this.crashId = crashId;
    this.rawCrash = rawCrash;
    this.dumps = new TreeMap<>(dumps);
    this.processedCrash = processedCrash;
  }

  public String crashId() {
    return crashId;
  }

  public ObjectNode rawCrash() {
    return rawCrash;
  }

  /** Dumps by name, in name order (so the main minidump comes before its siblings). */
  public SortedMap<String, Dump> dumps() {
    return dumps;
  }

  public Optional<Dump> dump(String name) {
    return Optional.ofNullable(dumps.get(name));
  }

  public ObjectNode processedCrash() {
    return processedCrash;
  }

  public ProcessorNotes notes() {
    return notes;
  }

  /** Shorthand for {@code notes().add(note)}. */
  public void addNote(String note) {
    notes.add(note);
  }
}
