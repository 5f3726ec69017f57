package dev.breakwater.webapp.ui.search;

import java.util.List;

/**
 * One facet table: the counts of a field's most common values among the matching crashes.
 *
 * @param field the field's name
 * @param rows its values, most common first
 */
public record Facet(String field, List<Row> rows) {

  /**
   * One value of the facet.
   *
   * @param term the value
   * @param count how many matching crashes have it
   * @param countText the count formatted with thousands separators
   * @param percent its share of all matching crashes, formatted
   * @param share the same share as a fraction, for the bar
   * @param link Super Search narrowed to this value
   */
  public record Row(
      String term, long count, String countText, String percent, double share, String link) {}
}
