package dev.breakwater.processor.search;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;

/** Where processed crashes are made searchable: Elasticsearch, or a recording fake in tests. */
public interface CrashIndex {

  /**
   * Indexes a processed crash under its crash ID, replacing any earlier document.
   *
   * @throws IOException when the index cannot be reached
   */
  IndexedCrash index(ObjectNode processedCrash) throws IOException;

  /** Gets ready for crashes processed around {@code when} (connections, this week's index). */
  default void warmUp(Instant when) throws IOException {}
}
