package dev.breakwater.webapp.search;

import dev.breakwater.crash.access.Grants;
import dev.breakwater.crash.search.SearchField;
import dev.breakwater.crash.search.SearchFields;
import dev.breakwater.webapp.api.doc.DocumentedParameter;
import dev.breakwater.webapp.api.doc.ParameterType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Super Search's parameters for the API documentation: the meta parameters with the defaults the
 * search layer applies, then every field a caller may filter on, from the registry.
 */
@ApplicationScoped
public class SearchParameterDocs {
  @Inject SearchFields fields;

  /** The parameters {@code grants} may use: protected fields only for those who may see them. */
  public List<DocumentedParameter> visibleTo(Grants grants) {
    List<DocumentedParameter> parameters = new ArrayList<>(metaParameters());
    fields.exposed().stream()
        .filter(field -> grants.maySee(field.protection()))
        .sorted(Comparator.comparing(SearchField::name))
        .map(SearchParameterDocs::fieldParameter)
        .forEach(parameters::add);
    return parameters;
  }

  static List<DocumentedParameter> metaParameters() {
    return List.of(
        meta(
            "_columns",
            ParameterType.STRINGS,
            String.join(", ", ResultOptions.DEFAULT_COLUMNS),
            "fields returned for each hit"),
        meta(
            "_sort", ParameterType.STRINGS, "", "fields to sort hits by; '-' first for descending"),
        meta(
            "_results_number",
            ParameterType.INTEGER,
            String.valueOf(ResultOptions.DEFAULT_NUMBER),
            "hits per page, at most " + ResultOptions.MAX_NUMBER),
        meta(
            "_results_offset",
            ParameterType.INTEGER,
            "0",
            "hits to skip; offset + number at most " + ResultOptions.MAX_WINDOW),
        meta(
            "_facets",
            ParameterType.STRINGS,
            AggregationParser.DEFAULT_FACET,
            "fields to count hits by"),
        meta(
            "_facets_size",
            ParameterType.INTEGER,
            String.valueOf(AggregationParser.DEFAULT_SIZE),
            "terms per facet; 0 turns aggregations off"),
        meta(
            AggregationParser.AGGS + "<field>",
            ParameterType.STRINGS,
            "",
            "fields to count within each term of <field>; also _aggs.<a>.<b>"),
        meta(
            AggregationParser.HISTOGRAM + "<field>",
            ParameterType.STRINGS,
            "",
            "a histogram of a date or number field, with these fields counted in each bucket"),
        meta(
            "_histogram_interval.<field>",
            ParameterType.STRING,
            "day for dates, 1 for numbers",
            "the bucket width: day, week, month, 6h, ... for dates; a number for numbers"),
        meta(
            AggregationParser.CARDINALITY + "<field>",
            ParameterType.STRINGS,
            "",
            "the number of distinct values of <field>"),
        meta(
            "_return_query",
            ParameterType.BOOLEAN,
            "false",
            "answer with the Elasticsearch query instead of running it"));
  }

  private static DocumentedParameter meta(
      String name, ParameterType type, String defaultValue, String description) {
    return new DocumentedParameter(name, type, false, defaultValue, description);
  }

  private static DocumentedParameter fieldParameter(SearchField field) {
    return new DocumentedParameter(field.name(), typeOf(field), false, "", field.description());
  }

  static ParameterType typeOf(SearchField field) {
    return switch (field.validationType()) {
      case STR, ENUM -> ParameterType.STRINGS;
      case INT -> ParameterType.INTEGERS;
      case FLOAT -> ParameterType.NUMBERS;
      case DATETIME -> ParameterType.DATES;
      case BOOL -> ParameterType.BOOLEAN;
    };
  }
}
