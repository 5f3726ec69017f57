package dev.breakwater.webapp.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.common.storage.StorageException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class UnexpectedErrorMapperTest {

  @Test
  void anUnreachableDatabaseIsA503WithRetryAfter() {
    var refused =
        new PersistenceException(
            "EclipseLink-4002", new SQLException("Connection refused", "08001"));
    Response response = new UnexpectedErrorMapper().toResponse(refused);
    assertEquals(503, response.getStatus());
    assertEquals("30", String.valueOf(response.getHeaderString("Retry-After")));
    assertTrue(
        UnexpectedErrorMapper.isConnectionFailure(new RuntimeException(new ConnectException())));
  }

  @Test
  void otherFailuresAreSocorrosJson500() {
    Response response =
        new UnexpectedErrorMapper()
            .toResponse(new PersistenceException(new SQLException("duplicate key", "23505")));
    assertEquals(500, response.getStatus());
    ObjectNode body = (ObjectNode) response.getEntity();
    assertEquals("Internal Server Error", body.path("error").asText());
    assertTrue(body.has("path") && body.has("query_string"), body.toString());
    assertFalse(UnexpectedErrorMapper.isConnectionFailure(new IllegalStateException("bug")));
  }

  @Test
  void jaxRsOwnAnswersKeepTheirStatus() {
    assertEquals(404, new UnexpectedErrorMapper().toResponse(new NotFoundException()).getStatus());
  }

  @Test
  void searchAndStorageOutagesAre503() {
    Response search =
        new BackendUnavailableMapper()
            .toResponse(new BackendUnavailableException("search", new ConnectException("refused")));
    assertEquals(503, search.getStatus());
    assertEquals(
        "Service Unavailable: search is not answering",
        ((ObjectNode) search.getEntity()).path("error").asText());
    Response storage =
        new BackendUnavailableMapper.Storage()
            .toResponse(new StorageException("reading x failed", null));
    assertEquals(503, storage.getStatus());
    assertEquals("30", storage.getHeaderString("Retry-After"));
  }
}
