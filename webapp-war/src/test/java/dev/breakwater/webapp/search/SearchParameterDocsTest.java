package dev.breakwater.webapp.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.breakwater.crash.access.Grants;
import dev.breakwater.crash.access.Permission;
import dev.breakwater.crash.search.SearchFields;
import dev.breakwater.webapp.api.doc.DocumentedParameter;
import dev.breakwater.webapp.api.doc.ParameterType;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SearchParameterDocsTest {

  private static Map<String, DocumentedParameter> parameters(Grants grants) {
    SearchParameterDocs docs = new SearchParameterDocs();
    docs.fields = SearchFields.load();
    List<DocumentedParameter> listed = docs.visibleTo(grants);
    return listed.stream()
        .collect(Collectors.toMap(DocumentedParameter::name, Function.identity()));
  }

  @Test
  void metaParametersCarryTheDefaultsTheSearchApplies() {
    Map<String, DocumentedParameter> listed = parameters(Grants.anonymous());
    assertEquals("uuid, date, signature, product, version", listed.get("_columns").defaultValue());
    assertEquals("100", listed.get("_results_number").defaultValue());
    assertEquals("signature", listed.get("_facets").defaultValue());
    assertEquals("50", listed.get("_facets_size").defaultValue());
    assertEquals(ParameterType.INTEGER, listed.get("_results_offset").type());
  }

  @Test
  void everyExposedFieldTheCallerMaySeeIsAParameterOfItsType() {
    SearchFields fields = SearchFields.load();
    Map<String, DocumentedParameter> anonymous = parameters(Grants.anonymous());
    Map<String, DocumentedParameter> trusted = parameters(Grants.of(Permission.VIEW_PII));
    fields.exposed().forEach(field -> assertTrue(trusted.containsKey(field.name()), field.name()));
    assertFalse(anonymous.containsKey("url"));
    assertFalse(anonymous.containsKey("email"));
    assertTrue(trusted.containsKey("url"));
    assertEquals(ParameterType.STRINGS, anonymous.get("signature").type());
    assertEquals(ParameterType.DATES, anonymous.get("date").type());
    assertEquals(ParameterType.INTEGERS, anonymous.get("uptime").type());
    assertFalse(anonymous.get("signature").description().isEmpty(), "described in the registry");
  }
}
