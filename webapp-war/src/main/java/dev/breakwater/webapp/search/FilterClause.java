package dev.breakwater.webapp.search;

import dev.breakwater.crash.search.SearchField;
import java.util.List;

/**
 * One condition on one field, as Socorro's {@code get_parameters} makes it: either an operator with
 * its one value ({@code <60}, {@code ~foo}, {@code __null__} with none), or the group of all plain
 * values of the field, matched as alternatives.
 *
 * @param values typed values (String, Long, Double, Boolean, Instant); empty for {@code __null__}
 *     and {@code __true__}
 */
record FilterClause(SearchField field, Operator operator, boolean negated, List<Object> values) {

  FilterClause {
    values = List.copyOf(values);
  }

  /** The single value of an operator clause. */
  Object value() {
    return values.get(0);
  }
}
