package dev.breakwater.crash.search;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Settings of newly created crash indices.
 *
 * @param shards primary shards per weekly index
 * @param replicas replicas of each shard (0 on a single node)
 * @param refreshInterval how soon an indexed crash becomes searchable, e.g. {@code 1s}
 */
public record IndexSettings(int shards, int replicas, String refreshInterval) {

  /** The {@code settings} body of a create-index request. */
  public ObjectNode asJson() {
    return JsonNodeFactory.instance
        .objectNode()
        .put("number_of_shards", shards)
        .put("number_of_replicas", replicas)
        .put("refresh_interval", refreshInterval);
  }
}
