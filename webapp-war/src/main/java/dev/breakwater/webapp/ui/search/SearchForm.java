package dev.breakwater.webapp.ui.search;

import dev.breakwater.crash.search.SearchField;
import dev.breakwater.crash.search.SearchFields;
import dev.breakwater.webapp.search.Operator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The search form's two shapes. The form sends its filter rows as parallel lists ({@code f}, {@code
 * op}, {@code v}), which a browser without script cannot turn into API parameters; the page then
 * redirects to the permalink, whose query string is exactly the API's ({@code
 * signature=~foo&product=HelloWorld&_facets=platform}), and reads its rows back from it.
 */
final class SearchForm {
  /** The form's parallel lists of filter rows. */
  static final String FIELD = "f";

  static final String OPERATOR = "op";
  static final String VALUE = "v";

  /** The results page, 1 for the first; not an API parameter. */
  static final String PAGE = "page";

  private static final List<String> FORM_ONLY = List.of(FIELD, OPERATOR, VALUE);

  private SearchForm() {}

  /** Whether the request comes from the form rather than from a permalink. */
  static boolean isFormPost(Map<String, List<String>> parameters) {
    return parameters.containsKey(FIELD);
  }

  /**
   * The permalink's parameters for what the form sent: each filled row as {@code
   * field=<op><value>}, the other parameters (columns, facets, sort) as they are; unknown fields
   * are dropped.
   */
  static Map<String, List<String>> permalink(Map<String, List<String>> form, SearchFields fields) {
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    List<String> names = form.getOrDefault(FIELD, List.of());
    List<String> operators = form.getOrDefault(OPERATOR, List.of());
    List<String> values = form.getOrDefault(VALUE, List.of());
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      String operator = i < operators.size() ? operators.get(i) : "";
      String value = i < values.size() ? values.get(i).strip() : "";
      boolean noValue = operator.endsWith(Operator.NULL.prefix());
      if (fields.get(name).isEmpty() || (value.isEmpty() && !noValue)) {
        continue;
      }
      parameters
          .computeIfAbsent(name, n -> new ArrayList<>())
          .add(noValue ? operator : operator + value);
    }
    form.forEach(
        (key, list) -> {
          if (!FORM_ONLY.contains(key) && !key.equals(PAGE) && fields.get(key).isEmpty()) {
            parameters.put(key, list);
          }
        });
    return parameters;
  }

  /** The filter rows a permalink stands for, in its order. */
  static List<FilterRow> rows(Map<String, List<String>> parameters, SearchFields fields) {
    List<FilterRow> rows = new ArrayList<>();
    parameters.forEach(
        (key, values) ->
            fields
                .get(key)
                .ifPresent(field -> values.forEach(value -> rows.add(row(field, value)))));
    return rows;
  }

  /**
   * Splits {@code !~foo} into its operator {@code !~} and value {@code foo}, as the API reads it.
   */
  static FilterRow row(SearchField field, String sent) {
    String negation = sent.startsWith(Operator.NOT) ? Operator.NOT : "";
    String rest = sent.substring(negation.length());
    Optional<Operator> operator =
        Operator.allowedFor(field.validationType()).stream()
            .filter(o -> rest.startsWith(o.prefix()))
            .findFirst();
    String prefix = operator.map(Operator::prefix).orElse("");
    return new FilterRow(field.name(), negation + prefix, rest.substring(prefix.length()));
  }
}
