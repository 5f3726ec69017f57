package dev.breakwater.webapp.products;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class VersionStringResourceTest {
  @Test
  void betaBuildsDropReleaseCandidatesWhenTheFirstVersionIsABeta() {
    assertEquals(
        List.of("120.0b3"),
        VersionStringResource.forChannel("beta", List.of("120.0b3", "120.0rc1")));
  }

  @Test
  void betaBuildsKeepOnlyReleaseCandidatesOtherwise() {
    assertEquals(
        List.of("120.0rc1"),
        VersionStringResource.forChannel("beta", List.of("120.0", "120.0rc1")));
  }

  @Test
  void otherChannelsKeepEverything() {
    assertEquals(
        List.of("120.0", "120.0rc1"),
        VersionStringResource.forChannel("release", List.of("120.0", "120.0rc1")));
  }
}
