package dev.breakwater.webapp.ui;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A bar chart of counts per day, drawn on the server as SVG: it needs no script (and no library),
 * and each bar's {@code <title>} is its tooltip. Coordinates are in the SVG's own units.
 *
 * @param bars one per day, oldest first
 * @param max the largest count, the top of the scale
 */
public record DayChart(List<Bar> bars, String max) {
  public static final int WIDTH = 800;
  public static final int HEIGHT = 200;

  /** Room under the bars for the date labels. */
  private static final int LABELS = 20;

  /**
   * One bar.
   *
   * @param label the day ({@code 12-02}), written under the bar
   * @param title the tooltip: the day and its count
   */
  public record Bar(int x, int y, int width, int height, int labelX, String label, String title) {}

  /**
   * The chart of a daily date histogram of Super Search ({@code facets.histogram_date}) from {@code
   * first} to {@code last}; days without crashes have no bucket and count 0.
   */
  public static DayChart of(JsonNode buckets, LocalDate first, LocalDate last, Formats formats) {
    Map<LocalDate, Long> counts = new LinkedHashMap<>();
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      counts.put(day, 0L);
    }
    for (JsonNode bucket : buckets) {
      LocalDate day = OffsetDateTime.parse(bucket.path("term").asText()).toLocalDate();
      counts.computeIfPresent(day, (d, c) -> bucket.path("count").asLong());
    }
    return of(counts, formats);
  }

  /** The first and last day of a histogram's buckets, or empty when it has none. */
  public static List<LocalDate> span(JsonNode buckets) {
    List<LocalDate> days = new ArrayList<>();
    buckets.forEach(b -> days.add(OffsetDateTime.parse(b.path("term").asText()).toLocalDate()));
    return days.isEmpty()
        ? List.of()
        : List.of(
            days.stream().min(LocalDate::compareTo).get(),
            days.stream().max(LocalDate::compareTo).get());
  }

  static DayChart of(Map<LocalDate, Long> counts, Formats formats) {
    long max = Math.max(1, counts.values().stream().mapToLong(Long::longValue).max().orElse(1));
    int slot = WIDTH / Math.max(1, counts.size());
    int usable = HEIGHT - LABELS;
    List<Bar> bars = new ArrayList<>();
    int i = 0;
    for (Map.Entry<LocalDate, Long> day : counts.entrySet()) {
      int height = (int) Math.round((double) day.getValue() / max * (usable - 4));
      int x = i * slot + slot / 8;
      bars.add(
          new Bar(
              x,
              usable - height,
              Math.max(1, slot * 3 / 4),
              height,
              x + slot * 3 / 8,
              day.getKey().toString().substring(5),
              day.getKey() + ": " + formats.number(day.getValue()) + " crashes"));
      i++;
    }
    return new DayChart(List.copyOf(bars), formats.number(max));
  }

  public int width() {
    return WIDTH;
  }

  public int height() {
    return HEIGHT;
  }
}
