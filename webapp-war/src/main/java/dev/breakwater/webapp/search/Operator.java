package dev.breakwater.webapp.search;

import dev.breakwater.crash.search.ValidationType;
import java.util.List;

/**
 * The prefix of a search value that says how it matches (../shared/socorro-api.md §5.1). Which
 * prefixes a field takes depends on its data_validation_type; a prefix the type does not take is
 * part of the value ({@code version=^120} looks for the text "^120").
 */
public enum Operator {
  /** No prefix: the value's words are matched (an analyzed {@code match}). */
  MATCH(""),
  /** Exactly the whole value, case-sensitive. */
  EXACT("="),
  /** Contains, case-sensitive. */
  CONTAINS("~"),
  /** Starts with, case-sensitive. */
  STARTS_WITH("^"),
  /** Ends with, case-sensitive. */
  ENDS_WITH("$"),
  /** A Lucene regular expression matched against the whole value. */
  REGEX("@"),
  GREATER_OR_EQUAL(">="),
  LESS_OR_EQUAL("<="),
  LESS("<"),
  GREATER(">"),
  /** The field has no value. */
  NULL("__null__"),
  /** The field is true. */
  TRUE("__true__");

  /** Negates the rest of the value: {@code !~foo}, {@code !__null__}, {@code !Firefox}. */
  public static final String NOT = "!";

  // Socorro's lists, in its order: a longer prefix comes before the shorter one it starts with.
  private static final List<Operator> STRING =
      List.of(EXACT, CONTAINS, ENDS_WITH, STARTS_WITH, REGEX, NULL);
  private static final List<Operator> NUMBER =
      List.of(GREATER_OR_EQUAL, LESS_OR_EQUAL, LESS, GREATER, NULL);
  private static final List<Operator> BOOL = List.of(TRUE, NULL);
  private static final List<Operator> ENUM = List.of(NULL);

  private final String prefix;

  Operator(String prefix) {
    this.prefix = prefix;
  }

  public String prefix() {
    return prefix;
  }

  /** Range operators fold into their field's other clauses with AND, all others with OR. */
  public boolean isRange() {
    return this == GREATER_OR_EQUAL || this == LESS_OR_EQUAL || this == LESS || this == GREATER;
  }

  /**
   * True for the operators whose value is part of the prefix ({@code __null__}, {@code __true__}).
   */
  public boolean takesNoValue() {
    return this == NULL || this == TRUE;
  }

  /** The prefixes a field of {@code type} takes, longest first where one starts another. */
  public static List<Operator> allowedFor(ValidationType type) {
    return switch (type) {
      case STR -> STRING;
      case INT, FLOAT, DATETIME -> NUMBER;
      case BOOL -> BOOL;
      case ENUM -> ENUM;
    };
  }
}
