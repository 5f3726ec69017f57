package dev.breakwater.webapp.ui.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.crash.access.CrashRedactor;
import dev.breakwater.crash.search.SearchField;
import dev.breakwater.crash.search.SearchFields;
import dev.breakwater.crash.search.ValidationType;
import dev.breakwater.webapp.api.BadArgumentException;
import dev.breakwater.webapp.api.Caller;
import dev.breakwater.webapp.search.InvalidFormException;
import dev.breakwater.webapp.search.SuperSearch;
import dev.breakwater.webapp.ui.DayChart;
import dev.breakwater.webapp.ui.Formats;
import dev.breakwater.webapp.ui.QueryString;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Super Search page: the form as the permalink describes it, and the search it stands for, run
 * through {@link SuperSearch} as the visitor may see it (the API's {@code /api/SuperSearch/}, with
 * the same silent dropping of fields the visitor may not see).
 */
@Named("search")
@RequestScoped
public class SearchPage {
  /** Socorro's default columns, facet and sort. */
  static final List<String> DEFAULT_COLUMNS =
      List.of("date", "signature", "product", "version", "build_id", "platform");

  static final List<String> DEFAULT_FACETS = List.of("signature");
  static final String DEFAULT_SORT = "-date";
  static final int PAGE_SIZE = 50;

  /** The facet the results-per-day histogram comes back as. */
  private static final String HISTOGRAM = "histogram_date";

  /** Blank filter rows under the used ones: room to add filters without script. */
  private static final int BLANK_ROWS = 3;

  @Inject HttpServletRequest request;
  @Inject Caller caller;
  @Inject SuperSearch superSearch;
  @Inject SearchFields fields;
  @Inject CrashRedactor redactor;
  @Inject Formats formats;

  private Map<String, List<String>> parameters;
  private ObjectNode answer;
  private String error;
  private DayChart chart;

  @PostConstruct
  void load() {
    parameters = new LinkedHashMap<>();
    request.getParameterMap().forEach((k, v) -> parameters.put(k, List.of(v)));
  }

  /** Runs the search; a bad parameter becomes the page's error message (and a 400). */
  public void run() {
    try {
      answer = superSearch.redacted(apiParameters(), caller.grants());
    } catch (BadArgumentException e) {
      error = e.getMessage();
    } catch (InvalidFormException e) {
      error =
          e.errors().entrySet().stream()
              .map(x -> x.getKey() + ": " + String.join(" ", x.getValue()))
              .collect(Collectors.joining("; "));
    }
    if (error != null) {
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .setResponseStatus(HttpServletResponse.SC_BAD_REQUEST);
    }
  }

  private Map<String, List<String>> apiParameters() {
    Map<String, List<String>> api = new LinkedHashMap<>(parameters);
    api.remove(SearchForm.PAGE);
    List<String> columns = new ArrayList<>(getColumns());
    if (!columns.contains("uuid")) {
      columns.add("uuid");
    }
    api.put("_columns", columns);
    api.put("_facets", getFacets());
    api.put("_sort", List.of(getSort()));
    api.put("_results_number", List.of(String.valueOf(PAGE_SIZE)));
    api.put("_results_offset", List.of(String.valueOf((getPage() - 1) * PAGE_SIZE)));
    // For the chart of the results per day; the product split is not drawn.
    api.put("_histogram.date", List.of("product"));
    api.put("_histogram_interval.date", List.of("day"));
    return api;
  }

  public String getError() {
    return error;
  }

  public boolean isSearched() {
    return answer != null;
  }

  /** The chosen columns, the defaults when none is chosen. */
  public List<String> getColumns() {
    return parameters.getOrDefault("_columns", DEFAULT_COLUMNS).stream()
        .filter(c -> !c.equals("uuid"))
        .toList();
  }

  public List<String> getFacets() {
    return parameters.getOrDefault("_facets", DEFAULT_FACETS);
  }

  public String getSort() {
    List<String> sort = parameters.getOrDefault("_sort", List.of());
    return sort.isEmpty() ? DEFAULT_SORT : sort.get(0);
  }

  public int getPage() {
    try {
      return Math.max(1, Integer.parseInt(parameters.getOrDefault("page", List.of("1")).get(0)));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /** The used filter rows, then blank ones. */
  public List<FilterRow> getFilters() {
    List<String> visible = getFilterFields().stream().map(SearchField::name).toList();
    List<FilterRow> rows = new ArrayList<>();
    SearchForm.rows(parameters, fields).stream()
        .filter(r -> visible.contains(r.field()))
        .forEach(rows::add);
    for (int i = 0; i < BLANK_ROWS; i++) {
      rows.add(FilterRow.BLANK);
    }
    return rows;
  }

  /** Fields the visitor may filter and facet on (protected ones only with permission). */
  public List<SearchField> getFilterFields() {
    return visible(fields.exposed());
  }

  /** Fields the visitor may show as columns. */
  public List<SearchField> getColumnFields() {
    return visible(fields.returned());
  }

  private List<SearchField> visible(List<SearchField> list) {
    return list.stream().filter(f -> redactor.maySee(f, caller.grants())).toList();
  }

  /** The operators the form offers, API prefix to label. */
  public List<Map.Entry<String, String>> getOperators() {
    return OperatorChoices.ALL;
  }

  public long getTotal() {
    return answer == null ? 0 : answer.path("total").asLong();
  }

  public String getTotalText() {
    return formats.number(getTotal());
  }

  public List<ResultRow> getResults() {
    List<ResultRow> rows = new ArrayList<>();
    if (answer == null) {
      return rows;
    }
    List<String> columns = getColumns();
    for (JsonNode hit : answer.path("hits")) {
      List<String> cells = new ArrayList<>();
      for (String column : columns) {
        cells.add(cell(column, hit.path(column)));
      }
      rows.add(new ResultRow(Formats.text(hit.path("uuid")), cells));
    }
    return rows;
  }

  private String cell(String column, JsonNode value) {
    ValidationType type =
        fields.get(column).map(SearchField::validationType).orElse(ValidationType.STR);
    return switch (type) {
      case DATETIME -> formats.time(value);
      case INT, FLOAT -> column.equals("build_id") ? Formats.text(value) : formats.number(value);
      default -> Formats.text(value);
    };
  }

  public List<Facet> getFacetTables() {
    List<Facet> facets = new ArrayList<>();
    if (answer == null) {
      return facets;
    }
    long total = getTotal();
    answer
        .path("facets")
        .fields()
        .forEachRemaining(
            e -> {
              if (e.getKey().equals(HISTOGRAM)) {
                return;
              }
              List<Facet.Row> rows = new ArrayList<>();
              for (JsonNode bucket : e.getValue()) {
                String term = Formats.text(bucket.path("term"));
                long count = bucket.path("count").asLong();
                rows.add(
                    new Facet.Row(
                        term,
                        count,
                        formats.number(count),
                        formats.percent(count, total),
                        total == 0 ? 0 : (double) count / total,
                        narrowed(e.getKey(), term)));
              }
              facets.add(new Facet(e.getKey(), rows));
            });
    return facets;
  }

  /** This search with the exact value {@code term} of {@code field} added as a filter. */
  private String narrowed(String field, String term) {
    List<String> values = new ArrayList<>(parameters.getOrDefault(field, List.of()));
    values.add("=" + term);
    Map<String, List<String>> next = QueryString.with(parameters, field, values);
    return link(QueryString.with(next, SearchForm.PAGE, List.of()));
  }

  /** The matching crashes per day, from the first to the last day that has any; null for none. */
  public DayChart getChart() {
    if (answer == null) {
      return null;
    }
    if (chart == null) {
      chart = chart();
    }
    return chart;
  }

  private DayChart chart() {
    JsonNode buckets = answer.path("facets").path(HISTOGRAM);
    List<LocalDate> span = DayChart.span(buckets);
    if (span.isEmpty()) {
      return null;
    }
    // At least a week, so that one day's crashes are one bar among others, not the whole chart.
    LocalDate last = span.get(1);
    LocalDate first = span.get(0).isBefore(last.minusDays(6)) ? span.get(0) : last.minusDays(6);
    return DayChart.of(buckets, first, last, formats);
  }

  public boolean isHasPrevious() {
    return getPage() > 1;
  }

  public boolean isHasNext() {
    return (long) getPage() * PAGE_SIZE < getTotal();
  }

  public String getPreviousLink() {
    return pageLink(getPage() - 1);
  }

  public String getNextLink() {
    return pageLink(getPage() + 1);
  }

  public String getPageCount() {
    return formats.number(Math.max(1, (getTotal() + PAGE_SIZE - 1) / PAGE_SIZE));
  }

  private String pageLink(int page) {
    return link(QueryString.with(parameters, SearchForm.PAGE, List.of(String.valueOf(page))));
  }

  private String link(Map<String, List<String>> query) {
    return QueryString.link(request.getContextPath() + SearchServlet.PATH, query);
  }

  /** The link to a crash's report. */
  public String reportLink(String crashId) {
    return request.getContextPath() + "/report/index/" + crashId;
  }
}
