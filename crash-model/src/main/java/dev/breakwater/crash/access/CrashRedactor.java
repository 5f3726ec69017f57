package dev.breakwater.crash.access;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.crash.schema.ProcessedCrashSchema;
import dev.breakwater.crash.search.SearchField;
import dev.breakwater.crash.search.SearchFields;
import java.util.ArrayList;
import java.util.List;

/**
 * What a caller may see of a crash: the one place every response that shows crash data is redacted
 * (API, pages, exports). Without {@link Permission#VIEW_PII} a document is reduced to what the
 * schema marks public: protected keys are removed, not nulled, nested protected parts too (stack
 * memory, registers), and keys the schema does not name are dropped. With it, documents are
 * returned untouched. Thread-safe.
 */
public final class CrashRedactor {
  private final ProcessedCrashSchema schema;
  private final SearchFields fields;

  public CrashRedactor(ProcessedCrashSchema schema, SearchFields fields) {
    this.schema = schema;
    this.fields = fields;
  }

  /** The processed crash as {@code grants} may see it; never the caller's object itself. */
  public ObjectNode processedCrash(ObjectNode processedCrash, Grants grants) {
    return grants.has(Permission.VIEW_PII)
        ? processedCrash.deepCopy()
        : schema.split(processedCrash).publicPart();
  }

  /** The raw crash (annotations and collector metadata) as {@code grants} may see it. */
  public ObjectNode rawCrash(ObjectNode rawCrash, Grants grants) {
    return grants.has(Permission.VIEW_PII)
        ? rawCrash.deepCopy()
        : schema.splitRawCrash(rawCrash).publicPart();
  }

  /** Whether {@code grants} may see (filter on, facet on, sort by, return) the search field. */
  public boolean maySee(SearchField field, Grants grants) {
    return grants.maySee(field.protection());
  }

  /**
   * A search hit (or any flat document keyed by search-field names) as {@code grants} may see it:
   * protected fields and names the registry does not know are removed.
   */
  public ObjectNode searchHit(ObjectNode hit, Grants grants) {
    ObjectNode visible = hit.deepCopy();
    if (grants.has(Permission.VIEW_PII)) {
      return visible;
    }
    List<String> hidden = new ArrayList<>();
    visible
        .fieldNames()
        .forEachRemaining(
            name -> {
              if (!fields.get(name).map(f -> maySee(f, grants)).orElse(false)) {
                hidden.add(name);
              }
            });
    visible.remove(hidden);
    return visible;
  }
}
