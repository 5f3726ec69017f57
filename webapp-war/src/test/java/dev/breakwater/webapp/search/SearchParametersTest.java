package dev.breakwater.webapp.search;

import static dev.breakwater.webapp.search.SearchFixtures.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.breakwater.webapp.api.BadArgumentException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SearchParametersTest {

  @Test
  void keepsValuesInOrderAndReadsTheLast() {
    SearchParameters parameters = SearchParameters.of(params("a", "1", "b", "x", "a", "2"));
    assertEquals(List.of("1", "2"), parameters.values("a"));
    assertEquals(Optional.of("2"), parameters.last("a"));
    assertEquals(List.of(), parameters.values("c"));
    assertEquals(Optional.empty(), parameters.last("c"));
  }

  @Test
  void nulCharactersAreAFormError() {
    InvalidFormException inValue =
        assertThrows(InvalidFormException.class, () -> SearchParameters.of(params("a", "x\0")));
    assertEquals(Map.of("a", List.of("Null characters are not allowed.")), inValue.errors());
    assertThrows(InvalidFormException.class, () -> SearchParameters.of(params("a\0", "x")));
  }

  @Test
  void valuesAreBoundedPerParameterInTotalAndInLength() {
    Map<String, List<String>> many = new LinkedHashMap<>();
    for (int i = 0; i < 11; i++) {
      many.put(
          "p" + i, java.util.Collections.nCopies(SearchParameters.MAX_VALUES_PER_PARAMETER, "v"));
    }
    assertEquals(
        "Too many parameter values (at most 1000)",
        assertThrows(BadArgumentException.class, () -> SearchParameters.of(many)).getMessage());
    assertEquals(
        "Bad value for parameter a: longer than 10000 characters",
        assertThrows(
                BadArgumentException.class,
                () -> SearchParameters.of(params("a", "x".repeat(10_001))))
            .getMessage());
  }
}
