package dev.breakwater.webapp.ui.topcrashers;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.webapp.api.Caller;
import dev.breakwater.webapp.search.SuperSearch;
import dev.breakwater.webapp.signatures.Signature;
import dev.breakwater.webapp.signatures.SignatureRepository;
import dev.breakwater.webapp.ui.Formats;
import dev.breakwater.webapp.ui.QueryString;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Top Crashers of one product: its most frequent signatures over the last 1 to 28 days, compared
 * with the period of the same length before, from two Super Searches as the visitor may see them.
 */
@Named("topCrashers")
@RequestScoped
public class TopCrashersPage {
  static final List<Integer> DAYS = List.of(1, 3, 7, 14, 28);
  static final List<Integer> SIZES = List.of(50, 100, 200, 300);

  /** Socorro's default: the main process's crashes; {@code any} drops the filter. */
  static final String DEFAULT_PROCESS_TYPE = "parent";

  @Inject HttpServletRequest request;
  @Inject Caller caller;
  @Inject SuperSearch search;
  @Inject SignatureRepository signatures;
  @Inject Formats formats;

  private final Clock clock = Clock.systemUTC();
  private String product;
  private List<String> versions;
  private int days;
  private int size;
  private String processType;
  private Instant start;
  private ObjectNode current;
  private List<TopCrasher> rows;
  private Map<String, String> firstAppearances;

  @PostConstruct
  void load() {
    product = request.getParameter("product");
    String[] asked = request.getParameterValues("version");
    versions =
        asked == null ? List.of() : List.of(asked).stream().filter(v -> !v.isBlank()).toList();
    days = choice("days", DAYS, 7);
    size = choice("_facets_size", SIZES, 50);
    String type = request.getParameter("process_type");
    processType = type == null || type.isBlank() ? DEFAULT_PROCESS_TYPE : type;
    // Now, as Socorro's "realtime" mode: the crash that just came in counts.
    Instant end = clock.instant();
    start = end.minus(Duration.ofDays(days));
    current = search.redacted(query(start, end, size, true), caller.grants());
    ObjectNode previous =
        current.path("total").asLong() == 0
            ? null
            : search.redacted(
                query(start.minus(Duration.between(start, end)), start, 2 * size, false),
                caller.grants());
    rows = Ranking.of(current, previous);
  }

  private int choice(String name, List<Integer> allowed, int otherwise) {
    String value = request.getParameter(name);
    return allowed.stream()
        .filter(a -> String.valueOf(a).equals(value))
        .findFirst()
        .orElse(otherwise);
  }

  private Map<String, List<String>> query(Instant from, Instant to, int facets, boolean details) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    query.put("product", List.of("=" + product));
    if (!versions.isEmpty()) {
      query.put("version", versions.stream().map(v -> "=" + v).toList());
    }
    if (!processType.equals("any")) {
      query.put("process_type", List.of("=" + processType));
    }
    query.put("date", List.of(">=" + from, "<" + to));
    query.put("_results_number", List.of("0"));
    query.put("_facets", details ? List.of("signature", "version") : List.of("signature"));
    query.put("_facets_size", List.of(String.valueOf(facets)));
    if (details) {
      query.put("_aggs.signature", List.of("platform", "_cardinality.install_time"));
    }
    return query;
  }

  public String getProduct() {
    return product;
  }

  public List<String> getVersions() {
    return versions;
  }

  public int getDays() {
    return days;
  }

  public int getSize() {
    return size;
  }

  public String getProcessType() {
    return processType;
  }

  public List<Integer> getDayChoices() {
    return DAYS;
  }

  public List<Integer> getSizeChoices() {
    return SIZES;
  }

  /** The versions seen in the period, most crashes first, for the version choice. */
  public List<String> getSeenVersions() {
    List<String> seen = new ArrayList<>();
    current.path("facets").path("version").forEach(v -> seen.add(v.path("term").asText()));
    return seen;
  }

  public List<TopCrasher> getRows() {
    return rows;
  }

  public String getTotal() {
    return formats.number(current.path("total").asLong());
  }

  /** "covers X (P %) of all T crashes" of the header. */
  public String getCoverage() {
    long shown = rows.stream().mapToLong(TopCrasher::count).sum();
    long total = current.path("total").asLong();
    return "covers "
        + formats.number(shown)
        + " ("
        + formats.percent(shown, total)
        + ") of all "
        + formats.number(total)
        + " crashes";
  }

  /** First appearances of the listed signatures, by signature (empty where none is recorded). */
  public Map<String, String> getFirstAppearances() {
    if (firstAppearances != null) {
      return firstAppearances;
    }
    Map<String, String> first = new HashMap<>();
    List<String> names = rows.stream().map(TopCrasher::signature).toList();
    for (Signature s : signatures.firstAppearances(names)) {
      first.put(s.signature(), formats.time(s.firstDate().toString()));
    }
    firstAppearances = first;
    return first;
  }

  public String percent(double share) {
    return String.format(java.util.Locale.US, "%.2f %%", 100 * share);
  }

  /** The change of share as "+1.25 %" or "-0.50 %", or "new". */
  public String shareChange(TopCrasher row) {
    return row.isNew()
        ? "new"
        : String.format(java.util.Locale.US, "%+.2f %%", 100 * row.shareChange());
  }

  /** Super Search for the signature's crashes in this product and period. */
  public String signatureSearch(String signature) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    query.put("signature", List.of("=" + signature));
    query.put("product", List.of(product));
    query.put("date", List.of(">=" + start));
    return QueryString.link(request.getContextPath() + "/search/", query);
  }
}
