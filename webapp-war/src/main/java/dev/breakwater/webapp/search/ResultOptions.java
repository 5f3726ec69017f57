package dev.breakwater.webapp.search;

import dev.breakwater.crash.search.SearchField;
import dev.breakwater.webapp.api.BadArgumentException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which hits a search returns and how ({@code _columns}, {@code _sort}, {@code _results_number},
 * {@code _results_offset}, {@code _return_query}), with Socorro's defaults and limits.
 *
 * @param columns the keys of every hit, in order
 * @param returnQuery answer with the Elasticsearch query instead of running it
 */
record ResultOptions(
    List<SearchField> columns, List<SortKey> sort, int number, int offset, boolean returnQuery) {
  static final List<String> DEFAULT_COLUMNS =
      List.of("uuid", "date", "signature", "product", "version");
  static final int DEFAULT_NUMBER = 100;
  static final int MAX_NUMBER = 1_000;

  /** Elasticsearch's {@code index.max_result_window}: deeper pages cost every shard dearly. */
  static final int MAX_WINDOW = 10_000;

  private static final Set<String> TRUE_WORDS = Set.of("true", "t", "1", "y", "yes");

  static ResultOptions parse(SearchParameters parameters, FieldAccess access) {
    List<SearchField> columns = new ArrayList<>();
    List<String> names =
        parameters.has("_columns") ? parameters.values("_columns") : DEFAULT_COLUMNS;
    for (String name : names) {
      if (!name.isEmpty()) {
        columns.add(access.column(name));
      }
    }
    long number = integer(parameters, "_results_number", DEFAULT_NUMBER);
    if (number > MAX_NUMBER) {
      throw new BadArgumentException("_results_number cannot be greater than 1,000");
    }
    if (number < 0) {
      throw new BadArgumentException("_results_number cannot be negative");
    }
    long offset = integer(parameters, "_results_offset", 0);
    if (offset < 0) {
      throw new BadArgumentException("_results_offset cannot be negative");
    }
    if (offset > MAX_WINDOW - number) { // not offset + number: that can overflow
      throw new BadArgumentException(
          "_results_offset + _results_number cannot be greater than 10,000");
    }
    boolean returnQuery =
        parameters
            .last("_return_query")
            .map(v -> TRUE_WORDS.contains(v.strip().toLowerCase(Locale.ROOT)))
            .orElse(false);
    return new ResultOptions(
        columns, sort(parameters, access), (int) number, (int) offset, returnQuery);
  }

  private static List<SortKey> sort(SearchParameters parameters, FieldAccess access) {
    List<SortKey> sort = new ArrayList<>();
    for (String value : parameters.values("_sort")) {
      boolean descending = value.startsWith("-");
      String name = descending ? value.substring(1) : value;
      if (!name.isEmpty()) {
        access.listed(name).ifPresent(f -> sort.add(new SortKey(f, descending)));
      }
    }
    return sort;
  }

  /** A whole-number parameter (the last value sent), or its default. */
  static long integer(SearchParameters parameters, String name, long defaultValue) {
    return parameters.last(name).flatMap(v -> MetaValues.wholeNumber(name, v)).orElse(defaultValue);
  }
}
