package dev.breakwater.webapp.signatures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class SignatureFirstDateResourceTest {
  @Test
  void firstDateIsPythonsIsoformatInUtc() {
    assertEquals(
        "2019-01-01T00:00:00+00:00",
        SignatureFirstDateResource.isoformat(
            new Signature("s", "20190101", OffsetDateTime.parse("2019-01-01T01:00:00+01:00"))));
    assertEquals(
        "2019-01-01T00:00:00.250000+00:00",
        SignatureFirstDateResource.isoformat(
            new Signature("s", null, OffsetDateTime.parse("2019-01-01T00:00:00.25Z"))));
  }
}
