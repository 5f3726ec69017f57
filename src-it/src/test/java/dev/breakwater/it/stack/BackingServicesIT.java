package dev.breakwater.it.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.breakwater.it.Http;
import dev.breakwater.it.Stack;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.QueueBrowser;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;

/** The services behind the applications, as bin/breakwater sets them up for a stack. */
class BackingServicesIT {

  @Test
  void databaseHasTheMigratedJobLockTable() throws Exception {
    try (Connection db =
            DriverManager.getConnection(
                Stack.get("db.url"), Stack.get("db.user"), Stack.get("db.password"));
        ResultSet columns = db.getMetaData().getColumns(null, "public", "job_lock", null)) {
      List<String> names = new ArrayList<>();
      while (columns.next()) {
        names.add(columns.getString("COLUMN_NAME"));
      }
      assertTrue(names.containsAll(List.of("job_name", "owner", "locked_until")), names::toString);
    }
  }

  @Test
  void bucketExists() throws Exception {
    HttpResponse<String> response =
        Http.get(Stack.get("s3.endpoint") + "/" + Stack.get("s3.bucket") + "?list-type=2");
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.body().contains("<Name>" + Stack.get("s3.bucket") + "</Name>"));
  }

  @Test
  void searchClusterIsUsable() throws Exception {
    HttpResponse<String> response = Http.get(Stack.get("elasticsearch.url") + "/_cluster/health");
    assertEquals(200, response.statusCode(), response.body());
    assertNotEquals("red", Http.json(response).path("status").asText(), response.body());
  }

  @Test
  void crashQueuesExist() {
    try (ActiveMQConnectionFactory factory =
            new ActiveMQConnectionFactory(Stack.get("broker.url"));
        JMSContext context = factory.createContext()) {
      for (String queue : List.of("crashes.standard", "crashes.priority", "crashes.reprocessing")) {
        try (QueueBrowser browser = context.createBrowser(context.createQueue(queue))) {
          browser.getEnumeration();
        } catch (jakarta.jms.JMSException e) {
          throw new AssertionError("cannot browse " + queue, e);
        }
      }
    }
  }

  @Test
  void misspelledCrashQueueIsRefusedRatherThanCreated() {
    String misspelled = "crashes.standrad-" + UUID.randomUUID();
    try (ActiveMQConnectionFactory factory =
            new ActiveMQConnectionFactory(Stack.get("broker.url"));
        JMSContext context = factory.createContext()) {
      assertThrows(
          JMSRuntimeException.class,
          () -> context.createProducer().send(context.createQueue(misspelled), "x"));
    }
  }
}
