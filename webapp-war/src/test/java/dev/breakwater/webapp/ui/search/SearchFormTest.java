package dev.breakwater.webapp.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.breakwater.crash.search.SearchFields;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchFormTest {
  private static final SearchFields FIELDS = SearchFields.load();

  @Test
  void theFormsRowsBecomeTheApisParameters() {
    Map<String, List<String>> form = new LinkedHashMap<>();
    form.put("f", List.of("signature", "product", "signature", "", "url"));
    form.put("op", List.of("~", "", "!__null__", "", "="));
    form.put("v", List.of(" OOM ", "HelloWorld", "", "ignored", ""));
    form.put("_facets", List.of("platform"));
    form.put("page", List.of("3"));

    Map<String, List<String>> permalink = SearchForm.permalink(form, FIELDS);

    assertEquals(List.of("~OOM", "!__null__"), permalink.get("signature"));
    assertEquals(List.of("HelloWorld"), permalink.get("product"));
    assertEquals(List.of("platform"), permalink.get("_facets"));
    assertFalse(permalink.containsKey("url"), "a row without a value is dropped");
    assertFalse(permalink.containsKey("page"), "a new search starts on its first page");
    assertFalse(permalink.containsKey("f"));
    assertTrue(SearchForm.isFormPost(form));
    assertFalse(SearchForm.isFormPost(permalink));
  }

  @Test
  void aPermalinksParametersBecomeTheFormsRowsAgain() {
    Map<String, List<String>> permalink = new LinkedHashMap<>();
    permalink.put("signature", List.of("!~OOM", "=exact | sig"));
    permalink.put("date", List.of(">=2026-12-01"));
    permalink.put("product", List.of("^Hello"));
    permalink.put("_columns", List.of("date"));

    List<FilterRow> rows = SearchForm.rows(permalink, FIELDS);

    assertEquals(
        List.of(
            new FilterRow("signature", "!~", "OOM"),
            new FilterRow("signature", "=", "exact | sig"),
            new FilterRow("date", ">=", "2026-12-01"),
            // product is an enum: ^ is no operator of it, so it is part of the value
            new FilterRow("product", "", "^Hello")),
        rows);
    Map<String, List<String>> form = new LinkedHashMap<>();
    form.put("f", rows.stream().map(FilterRow::field).toList());
    form.put("op", rows.stream().map(FilterRow::operator).toList());
    form.put("v", rows.stream().map(FilterRow::value).toList());
    form.put("_columns", List.of("date"));
    assertEquals(permalink, SearchForm.permalink(form, FIELDS), "the round trip is lossless");
  }
}
