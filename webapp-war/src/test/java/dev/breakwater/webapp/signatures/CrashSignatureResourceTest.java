package dev.breakwater.webapp.signatures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.breakwater.signature.SignatureGenerator;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CrashSignatureResourceTest {
  private final CrashSignatureResource resource = new CrashSignatureResource();

  {
    resource.generator = new SignatureGenerator();
  }

  private Response post(String body) {
    return resource.post(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void eachJobGetsTheSignatureTheProcessorWouldGive() {
    Response response =
        post(
            "{\"jobs\":[{\"crashing_thread\":0,\"threads\":[{\"frames\":["
                + "{\"frame\":0,\"module\":\"app\",\"function\":\"crash_here\"},"
                + "{\"frame\":1,\"module\":\"app\",\"function\":\"main\"}]}]},"
                + "{}]}");
    assertEquals(200, response.getStatus());
    JsonNode results = ((JsonNode) response.getEntity()).path("results");
    assertEquals("crash_here", results.path(0).path("signature").asText(), results.toString());
    assertEquals("crash_here | main", results.path(0).at("/extra/proto_signature").asText());
    assertEquals(
        "EMPTY: no crashing thread identified", results.path(1).path("signature").asText());
  }

  @Test
  void noJobsAndTooManyJobsAre400() {
    assertEquals(400, post("{\"jobs\":[]}").getStatus());
    assertEquals(400, post("not json").getStatus());
    StringBuilder many = new StringBuilder("{\"jobs\":[{}");
    many.append(",{}".repeat(CrashSignatureResource.MAX_JOBS));
    assertEquals(400, post(many.append("]}").toString()).getStatus());
  }
}
