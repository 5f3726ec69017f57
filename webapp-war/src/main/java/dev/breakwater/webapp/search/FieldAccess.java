package dev.breakwater.webapp.search;

import dev.breakwater.crash.search.SearchField;
import dev.breakwater.crash.search.SearchFields;
import dev.breakwater.webapp.api.BadArgumentException;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which fields a search may use, and what happens to the others. SuperSearch drops, silently, the
 * fields the caller may not see from filters, facets, aggregations and sort, and the unknown ones
 * from facets, aggregations and sort; SuperSearchUnredacted (callers who see everything) refuses
 * unknown names with 400. Both refuse unknown columns: hits are redacted after the search.
 */
final class FieldAccess {
  private final SearchFields fields;
  private final Predicate<SearchField> visible;
  private final boolean strict;

  private FieldAccess(SearchFields fields, Predicate<SearchField> visible, boolean strict) {
    this.fields = fields;
    this.visible = visible;
    this.strict = strict;
  }

  /** SuperSearch: what {@code visible} allows, unknown names dropped. */
  static FieldAccess redacted(SearchFields fields, Predicate<SearchField> visible) {
    return new FieldAccess(fields, visible, false);
  }

  /** SuperSearchUnredacted: every field, unknown names refused. */
  static FieldAccess unredacted(SearchFields fields) {
    return new FieldAccess(fields, f -> true, true);
  }

  SearchFields fields() {
    return fields;
  }

  /** A field the caller may filter on: exposed and visible. Anything else is ignored. */
  Optional<SearchField> filter(String name) {
    return fields.get(name).filter(f -> f.exposed() && visible.test(f));
  }

  /** A field that names an aggregation ({@code _aggs.<f>}, {@code _histogram.<f>}). */
  Optional<SearchField> aggregationKey(String name) {
    return filter(name);
  }

  /**
   * A result column.
   *
   * @throws BadArgumentException {@code Unknown field 'x'}, or for a field never returned
   */
  SearchField column(String name) {
    SearchField field = fields.get(name).orElseThrow(() -> unknown(name));
    if (!field.returned()) {
      throw new BadArgumentException("Field '" + name + "' is not allowed to be returned");
    }
    return field;
  }

  /**
   * A field listed in {@code _facets}, {@code _sort}, {@code _aggs.*} or {@code _histogram.*}:
   * empty when it is to be dropped.
   *
   * @throws BadArgumentException in strict mode, for an unknown or never returned field
   */
  Optional<SearchField> listed(String name) {
    Optional<SearchField> field = fields.get(name).filter(SearchField::returned);
    if (strict) {
      return Optional.of(column(name));
    }
    return field.filter(visible);
  }

  /** Whether unknown names are refused rather than dropped. */
  boolean strict() {
    return strict;
  }

  static BadArgumentException unknown(String name) {
    return new BadArgumentException("Unknown field '" + name + "'");
  }
}
