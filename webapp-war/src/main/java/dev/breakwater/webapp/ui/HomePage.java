package dev.breakwater.webapp.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.webapp.api.Caller;
import dev.breakwater.webapp.search.SuperSearch;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The home page: the products seen in the last 7, 14 or 30 days and their crashes per day, from one
 * Super Search (a product facet and a daily date histogram), as the visitor may see it.
 */
@Named("home")
@RequestScoped
public class HomePage {
  static final List<Integer> DAY_CHOICES = List.of(7, 14, 30);

  @Inject HttpServletRequest request;
  @Inject Caller caller;
  @Inject SuperSearch search;
  @Inject Formats formats;

  private final Clock clock = Clock.systemUTC();
  private int days;
  private ObjectNode answer;
  private DayChart chart;

  @PostConstruct
  void load() {
    days = DAY_CHOICES.get(0);
    String asked = request.getParameter("days");
    for (int choice : DAY_CHOICES) {
      if (String.valueOf(choice).equals(asked)) {
        days = choice;
      }
    }
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    parameters.put("date", List.of(">=" + firstDay()));
    parameters.put("_results_number", List.of("0"));
    parameters.put("_facets", List.of("product"));
    parameters.put("_histogram.date", List.of("product"));
    parameters.put("_histogram_interval.date", List.of("day"));
    answer = search.redacted(parameters, caller.grants());
  }

  private LocalDate firstDay() {
    return LocalDate.now(clock).minusDays(days - 1L);
  }

  public int getDays() {
    return days;
  }

  public List<Integer> getDayChoices() {
    return DAY_CHOICES;
  }

  public String getTotal() {
    return formats.number(answer.path("total").asLong());
  }

  /** The products with their crash counts in the period, most crashes first. */
  public List<Map.Entry<String, String>> getProducts() {
    List<Map.Entry<String, String>> products = new ArrayList<>();
    for (JsonNode bucket : answer.path("facets").path("product")) {
      products.add(
          Map.entry(Formats.text(bucket.path("term")), formats.number(bucket.path("count"))));
    }
    return products;
  }

  /** Super Search for one product's crashes of the period. */
  public String productSearch(String product) {
    return QueryString.link(
        request.getContextPath() + "/search/",
        Map.of("product", List.of(product), "date", List.of(">=" + firstDay())));
  }

  /** Top Crashers of one product. */
  public String topCrashers(String product) {
    return QueryString.link(
        request.getContextPath() + "/topcrashers/", Map.of("product", List.of(product)));
  }

  /** Crashes per day, every day of the period (days without crashes count 0). */
  public DayChart getChart() {
    if (chart == null) {
      chart = chart();
    }
    return chart;
  }

  private DayChart chart() {
    return DayChart.of(
        answer.path("facets").path("histogram_date"), firstDay(), LocalDate.now(clock), formats);
  }
}
