package dev.breakwater.webapp.search;

import dev.breakwater.crash.search.SearchField;
import dev.breakwater.webapp.api.BadArgumentException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the values of one filter parameter into clauses, exactly in Socorro's order (its {@code
 * get_parameters} and {@code fix_version_parameter}), because the fold that combines them depends
 * on it: the operator values as given, then the group of negated plain values, then the group of
 * plain values, then one starts-with clause per beta version ({@code version=120.0b}).
 */
final class FilterParser {
  /**
   * Elasticsearch's own limit on regular expressions ({@code index.max_regex_length}); checked here
   * so that a longer one is a reason in the answer rather than a failed shard.
   */
  static final int MAX_REGEX_LENGTH = 1_000;

  /** The field whose plain values ending in {@code b} mean "every beta of". */
  static final String VERSION = "version";

  private FilterParser() {}

  /** The clauses of {@code field} for its parameter values, empty values ignored. */
  static List<FilterClause> parse(SearchField field, List<String> values) {
    List<FilterClause> clauses = new ArrayList<>();
    List<Object> negatedPlain = new ArrayList<>();
    List<Object> plain = new ArrayList<>();
    for (String raw : values) {
      boolean negated = raw.startsWith(Operator.NOT);
      String rest = negated ? raw.substring(Operator.NOT.length()) : raw;
      Operator operator = operatorOf(field, rest);
      String text = rest.substring(operator.prefix().length());
      if (operator == Operator.MATCH) {
        if (!text.isEmpty()) {
          (negated ? negatedPlain : plain).add(SearchValues.read(field, text));
        }
      } else if (operator.takesNoValue()) {
        clauses.add(new FilterClause(field, operator, negated, List.of()));
      } else {
        checkPattern(field, operator, text);
        clauses.add(
            new FilterClause(field, operator, negated, List.of(SearchValues.read(field, text))));
      }
    }
    addGroup(clauses, field, true, negatedPlain);
    addGroup(clauses, field, false, plain);
    return field.name().equals(VERSION) ? withBetaPrefixes(clauses) : clauses;
  }

  /** The first operator of the field's type that {@code value} starts with, else a plain match. */
  static Operator operatorOf(SearchField field, String value) {
    for (Operator operator : Operator.allowedFor(field.validationType())) {
      if (value.startsWith(operator.prefix())) {
        return operator;
      }
    }
    return Operator.MATCH;
  }

  private static void checkPattern(SearchField field, Operator operator, String text) {
    if (operator == Operator.REGEX && text.length() > MAX_REGEX_LENGTH) {
      throw new BadArgumentException(
          "Search query is too complex: the regular expression for "
              + field.name()
              + " is longer than "
              + MAX_REGEX_LENGTH
              + " characters");
    }
  }

  private static void addGroup(
      List<FilterClause> clauses, SearchField field, boolean negated, List<Object> values) {
    if (!values.isEmpty()) {
      clauses.add(new FilterClause(field, Operator.MATCH, negated, values));
    }
  }

  /**
   * Rapid-beta versions end in {@code b} only when asked for as a family: {@code 120.0b} means
   * 120.0b1, 120.0b2, ... Those values leave their group for a starts-with clause of the same
   * negation, appended after every other clause; a group left empty goes.
   */
  private static List<FilterClause> withBetaPrefixes(List<FilterClause> clauses) {
    List<FilterClause> result = new ArrayList<>();
    List<FilterClause> betas = new ArrayList<>();
    for (FilterClause clause : clauses) {
      if (clause.operator() != Operator.MATCH) {
        result.add(clause);
        continue;
      }
      List<Object> kept = new ArrayList<>();
      for (Object value : clause.values()) {
        if (((String) value).endsWith("b")) {
          betas.add(
              new FilterClause(
                  clause.field(), Operator.STARTS_WITH, clause.negated(), List.of(value)));
        } else {
          kept.add(value);
        }
      }
      if (!kept.isEmpty()) {
        result.add(new FilterClause(clause.field(), Operator.MATCH, clause.negated(), kept));
      }
    }
    result.addAll(betas);
    return result;
  }
}
