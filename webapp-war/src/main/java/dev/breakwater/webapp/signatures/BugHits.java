package dev.breakwater.webapp.signatures;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The answer of Bugs and SignaturesByBugs: {@code {"hits": [{"id", "signature"}], "total"}}. */
final class BugHits {
  private BugHits() {}

  static ObjectNode of(List<BugAssociation> links) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    ArrayNode hits = body.putArray("hits");
    for (BugAssociation link : links) {
      hits.addObject().put("id", link.bugId()).put("signature", link.signature());
    }
    body.put("total", hits.size());
    return body;
  }
}
