package dev.breakwater.webapp.search;

import dev.breakwater.crash.search.SearchField;
import dev.breakwater.webapp.api.BadArgumentException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The range of {@code date} (when the crash was received) a search covers, by Socorro's {@code
 * fix_date_parameter}: every value needs a range operator; several bounds intersect (the largest
 * lower bound and the smallest upper bound win); no upper bound means now, no lower bound the upper
 * bound less 7 days; no date at all is the last 7 days; more than 365 days is refused. The range
 * also picks the weekly indices searched.
 *
 * @param upper the upper bound ({@code <} or {@code <=})
 * @param lower the lower bound ({@code >} or {@code >=})
 */
record DateRange(FilterClause upper, FilterClause lower) {
  /** The span when a bound is missing. */
  static final Duration DEFAULT_SPAN = Duration.ofDays(7);

  /** The longest span a search may cover. */
  static final Duration MAXIMUM_SPAN = Duration.ofDays(365);

  /** The bounds for the values of the {@code date} parameter. */
  static DateRange of(SearchField date, List<String> values, Instant now) {
    FilterClause upper = null;
    FilterClause lower = null;
    List<FilterClause> clauses = parse(date, values);
    for (FilterClause clause : clauses) {
      if (clause.operator() == Operator.MATCH) {
        throw new BadArgumentException("date must have a prefix operator");
      }
      if (isUpper(clause) && (upper == null || instant(upper).isAfter(instant(clause)))) {
        upper = clause;
      }
      if (isLower(clause) && (lower == null || instant(lower).isBefore(instant(clause)))) {
        lower = clause;
      }
    }
    if (upper == null) {
      upper = bound(date, Operator.LESS_OR_EQUAL, now);
    }
    if (lower == null) {
      lower = bound(date, Operator.GREATER_OR_EQUAL, instant(upper).minus(DEFAULT_SPAN));
    }
    if (Duration.between(instant(lower), instant(upper)).compareTo(MAXIMUM_SPAN) > 0) {
      throw new BadArgumentException(
          "Date range is bigger than " + MAXIMUM_SPAN.toDays() + " days");
    }
    return new DateRange(upper, lower);
  }

  /** Where the range starts (the weekly indices from then on are searched). */
  Instant from() {
    return instant(lower);
  }

  /** Where the range ends. */
  Instant to() {
    return instant(upper);
  }

  /** The two bounds as filter clauses: both ranges, so they fold with AND. */
  List<FilterClause> clauses() {
    return List.of(upper, lower);
  }

  /**
   * Every value is read as a date first, as Socorro does: {@code date=__null__} or {@code
   * date==2024-01-01} are not valid datetimes, and a bare date passes only to be refused for its
   * missing operator.
   */
  private static List<FilterClause> parse(SearchField date, List<String> values) {
    return values.stream()
        .filter(v -> !v.isEmpty())
        .map(
            raw -> {
              boolean negated = raw.startsWith(Operator.NOT);
              String rest = negated ? raw.substring(Operator.NOT.length()) : raw;
              Operator operator = FilterParser.operatorOf(date, rest);
              Object value = SearchValues.read(date, rest.substring(operator.prefix().length()));
              return new FilterClause(date, operator, negated, List.of(value));
            })
        .toList();
  }

  private static boolean isUpper(FilterClause clause) {
    return clause.operator() == Operator.LESS || clause.operator() == Operator.LESS_OR_EQUAL;
  }

  private static boolean isLower(FilterClause clause) {
    return clause.operator() == Operator.GREATER || clause.operator() == Operator.GREATER_OR_EQUAL;
  }

  private static FilterClause bound(SearchField date, Operator operator, Instant instant) {
    return new FilterClause(date, operator, false, List.of(instant));
  }

  private static Instant instant(FilterClause clause) {
    return (Instant) clause.value();
  }
}
