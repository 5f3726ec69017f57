package dev.breakwater.webapp.search;

import dev.breakwater.crash.search.SearchField;
import dev.breakwater.webapp.api.BadArgumentException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code _facets}, {@code _facets_size}, {@code _aggs.<field>} and {@code _histogram.<field>}
 * (../shared/socorro-api.md §5.1). Their values are field names, {@code _histogram.<field>} or
 * {@code _cardinality.<field>}. A list whose every name was dropped counts as not sent, so {@code
 * _facets} of only protected fields gives the default signature facet.
 */
final class AggregationParser {
  static final String DEFAULT_FACET = "signature";
  static final int DEFAULT_SIZE = 50;

  /** A larger size makes answers of many megabytes and holds Elasticsearch's memory. */
  static final int MAX_SIZE = 10_000;

  static final String AGGS = "_aggs.";
  static final String HISTOGRAM = "_histogram.";
  static final String CARDINALITY = "_cardinality.";

  /** The only {@code _aggs} keys of more than one field; other dotted keys are ignored. */
  static final List<List<String>> MULTI_LEVEL =
      List.of(
          List.of("product", "version"),
          List.of("android_cpu_abi", "android_manufacturer", "android_model"));

  private final SearchParameters parameters;
  private final FieldAccess access;

  private AggregationParser(SearchParameters parameters, FieldAccess access) {
    this.parameters = parameters;
    this.access = access;
  }

  static Aggregations parse(SearchParameters parameters, FieldAccess access) {
    return new AggregationParser(parameters, access).aggregations();
  }

  private Aggregations aggregations() {
    long size = ResultOptions.integer(parameters, "_facets_size", DEFAULT_SIZE);
    if (size > MAX_SIZE) {
      throw BadArgumentException.parameter("_facets_size greater than 10,000");
    }
    if (size < 0) {
      throw new BadArgumentException("_facets_size cannot be negative");
    }
    Map<String, Aggregation> byName = new LinkedHashMap<>();
    if (size == 0) {
      return new Aggregations(0, byName); // Socorro's one way to ask for no aggregations
    }
    values(parameters.values("_facets"))
        .or(() -> access.listed(DEFAULT_FACET).map(f -> List.of(terms(f, List.of()))))
        .ifPresent(facets -> facets.forEach(a -> byName.put(a.name(), a)));
    for (String key : parameters.keys()) {
      if (key.startsWith(AGGS)) {
        aggs(key).ifPresent(a -> byName.put(a.name(), a));
      } else if (key.startsWith(HISTOGRAM)) {
        histogram(key).ifPresent(a -> byName.put(a.name(), a));
      }
    }
    return new Aggregations((int) size, byName);
  }

  /** {@code _aggs.<f>}, {@code _aggs.product.version}: terms, nested, the values innermost. */
  private Optional<Aggregation> aggs(String key) {
    List<String> path = Arrays.asList(key.substring(AGGS.length()).split("\\.", -1));
    if (path.size() > 1 && !MULTI_LEVEL.contains(path)) {
      return Optional.empty();
    }
    Optional<SearchField> base = access.aggregationKey(path.get(0));
    Optional<List<Aggregation>> children = values(parameters.values(key));
    if (base.isEmpty() || children.isEmpty()) {
      return Optional.empty();
    }
    List<SearchField> levels = new ArrayList<>(List.of(base.get()));
    // Socorro skips an unknown field inside the path and keeps the others.
    path.subList(1, path.size()).forEach(n -> access.aggregationKey(n).ifPresent(levels::add));
    Aggregation aggregation = terms(levels.get(levels.size() - 1), children.get());
    for (int i = levels.size() - 2; i >= 0; i--) {
      aggregation = terms(levels.get(i), List.of(aggregation));
    }
    return Optional.of(aggregation);
  }

  /** {@code _histogram.<f>}: a histogram of a date or number, the values in each bucket. */
  private Optional<Aggregation> histogram(String key) {
    Optional<SearchField> field =
        access
            .aggregationKey(key.substring(HISTOGRAM.length()))
            .filter(f -> f.validationType().isRange());
    Optional<List<Aggregation>> children = values(parameters.values(key));
    if (field.isEmpty() || children.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(histogram(field.get(), children.get()));
  }

  /**
   * The aggregations a list names, or empty when the list counts as not sent: it had no value left
   * once the names the caller may not use were dropped. An empty string is kept (as a value that
   * names nothing), so {@code _facets=} asks for no facet and {@code _histogram.date=} for a plain
   * histogram.
   */
  private Optional<List<Aggregation>> values(List<String> names) {
    List<Aggregation> aggregations = new ArrayList<>();
    boolean kept = false;
    for (String name : names) {
      if (name.isEmpty()) {
        kept = true;
        continue;
      }
      Optional<Aggregation> aggregation = value(name);
      aggregation.ifPresent(aggregations::add);
      kept |= aggregation.isPresent() || access.strict();
    }
    return kept ? Optional.of(aggregations) : Optional.empty();
  }

  private Optional<Aggregation> value(String name) {
    if (name.startsWith(HISTOGRAM)) {
      // Not a histogram field: ignored, even where unknown names are refused (as Socorro).
      return access
          .fields()
          .get(name.substring(HISTOGRAM.length()))
          .filter(f -> f.validationType().isRange())
          .flatMap(f -> access.strict() ? Optional.of(f) : access.listed(f.name()))
          .map(f -> histogram(f, List.of()));
    }
    if (name.startsWith(CARDINALITY)) {
      return access.listed(name.substring(CARDINALITY.length())).map(Aggregation.Cardinality::new);
    }
    return access.listed(name).map(f -> terms(f, List.of()));
  }

  private static Aggregation terms(SearchField field, List<Aggregation> children) {
    return new Aggregation.Terms(field, children);
  }

  private Aggregation histogram(SearchField field, List<Aggregation> children) {
    String interval =
        parameters
            .last(HistogramInterval.parameterName(field))
            .filter(v -> !v.isBlank())
            .orElse(null);
    return new Aggregation.Histogram(field, HistogramInterval.of(field, interval), children);
  }
}
