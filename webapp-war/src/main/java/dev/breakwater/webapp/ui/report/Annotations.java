package dev.breakwater.webapp.ui.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.webapp.ui.Formats;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * A raw crash's annotations, split into those everyone may see and the protected rest the visitor
 * may also see. Both halves come from the crash redactor: what it leaves for an anonymous caller is
 * public, what it leaves the visitor beyond that is protected.
 */
record Annotations(List<Detail> publicOnes, List<Detail> protectedOnes) {
  static final Annotations NONE = new Annotations(List.of(), List.of());

  /** The collector's own record of the submission, not an annotation the crash reporter sent. */
  private static final String METADATA = "metadata";

  static Annotations split(ObjectNode publicPart, ObjectNode visible) {
    TreeMap<String, String> everyone = new TreeMap<>();
    TreeMap<String, String> more = new TreeMap<>();
    visible
        .fields()
        .forEachRemaining(
            e -> {
              if (!e.getKey().equals(METADATA)) {
                (publicPart.has(e.getKey()) ? everyone : more)
                    .put(e.getKey(), Formats.text(e.getValue()));
              }
            });
    return new Annotations(details(everyone), details(more));
  }

  private static List<Detail> details(TreeMap<String, String> values) {
    List<Detail> details = new ArrayList<>();
    values.forEach((k, v) -> details.add(new Detail(k, v)));
    return List.copyOf(details);
  }
}
