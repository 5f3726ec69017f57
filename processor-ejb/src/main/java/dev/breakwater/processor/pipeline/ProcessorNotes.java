package dev.breakwater.processor.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Notes about one processing of a crash: problems met and rules that failed. They are public (shown
 * on the crash's page), so they must never contain annotation values or exception messages that
 * could carry protected data.
 */
public final class ProcessorNotes {
  private final List<String> notes = new ArrayList<>();

  public void add(String note) {
    notes.add(note);
  }

  public void addAll(Collection<String> more) {
    notes.addAll(more);
  }

  public List<String> asList() {
    return List.copyOf(notes);
  }

  /** The notes as stored in {@code processor_notes}: one per line. */
  public String joined() {
    return String.join("\n", notes);
  }
}
