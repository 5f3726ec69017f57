package dev.breakwater.webapp.jobs;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.crash.search.CrashIndices;
import dev.breakwater.crash.storage.StoredCrashes;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether crashes made it through the pipeline: a processed crash in S3 and a document in the crash
 * indices (the two things a reader needs), as Socorro's verifyprocessed checks.
 */
final class CrashChecks {

  private final StoredCrashes crashes;
  private final ElasticsearchClient elasticsearch;
  private final CrashIndices indices;

  CrashChecks(StoredCrashes crashes, ElasticsearchClient elasticsearch, CrashIndices indices) {
    this.crashes = crashes;
    this.elasticsearch = elasticsearch;
    this.indices = indices;
  }

  /** Those of {@code crashIds} that lack their processed crash or their search document. */
  List<String> unfinished(List<String> crashIds) throws IOException {
    if (crashIds.isEmpty()) {
      return List.of();
    }
    Set<String> indexed = indexed(crashIds);
    return crashIds.stream()
        .filter(id -> !indexed.contains(id) || !crashes.hasProcessedCrash(id))
        .toList();
  }

  /** Those of {@code crashIds} that have a search document (document ID = crash ID). */
  private Set<String> indexed(List<String> crashIds) throws IOException {
    Set<String> found = new HashSet<>();
    for (Hit<ObjectNode> hit :
        elasticsearch
            .search(
                s ->
                    s.index(indices.wildcard())
                        .ignoreUnavailable(true)
                        .allowNoIndices(true)
                        .query(q -> q.ids(i -> i.values(crashIds)))
                        .source(src -> src.fetch(false))
                        .size(crashIds.size()),
                ObjectNode.class)
            .hits()
            .hits()) {
      found.add(hit.id());
    }
    return found;
  }
}
