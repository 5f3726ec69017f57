package dev.breakwater.webapp.search;

import static dev.breakwater.webapp.search.SearchFixtures.FIELDS;
import static dev.breakwater.webapp.search.SearchFixtures.assertJson;
import static dev.breakwater.webapp.search.SearchFixtures.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class FieldDefinitionsTest {

  @Test
  void everyFieldInSocorrosShape() {
    ObjectNode url = FieldDefinitions.definition(field("url"));
    url.remove("description");
    assertJson(
        "{'name': 'url', 'data_validation_type': 'str', 'query_type': 'string',"
            + " 'form_field_choices': [], 'has_full_version': false, 'namespace':"
            + " 'processed_crash', 'in_database_name': 'url', 'is_exposed': true, 'is_returned':"
            + " true, 'storage_mapping': {'type': 'keyword'}, 'permissions_needed': ['protected'],"
            + " 'webapp_permissions_needed': ['crashstats.view_pii']}",
        url);
    ObjectNode date = FieldDefinitions.definition(field("date"));
    assertEquals("datetime", date.path("data_validation_type").asText());
    assertEquals("date_processed", date.path("in_database_name").asText());
    assertJson("[]", date.get("permissions_needed"));
    assertFalse(date.has("source_key"));
  }

  @Test
  void nestedSourcesHaveASourceKeyAndAllFieldsAreListed() {
    assertEquals(
        "processed_crash.collector_metadata.throttle_rule",
        FieldDefinitions.definition(field("throttle_rule")).path("source_key").asText());
    ObjectNode all = new FieldDefinitions(FIELDS).json();
    assertEquals(FIELDS.all().size(), all.size());
    assertEquals("signature", all.path("signature").path("name").asText());
  }
}
