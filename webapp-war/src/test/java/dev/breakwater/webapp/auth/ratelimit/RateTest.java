package dev.breakwater.webapp.auth.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateTest {

  @Test
  void readsSocorrosNotation() {
    assertEquals(new Rate(100, Duration.ofMinutes(1)), Rate.parse("100/m"));
    assertEquals(new Rate(1000, Duration.ofMinutes(1)), Rate.parse(" 1000 / M "));
    assertEquals(new Rate(5, Duration.ofSeconds(1)), Rate.parse("5/s"));
    assertEquals(new Rate(10, Duration.ofHours(1)), Rate.parse("10/h"));
    assertEquals(new Rate(1, Duration.ofDays(1)), Rate.parse("1/d"));
    assertEquals("100/m", Rate.parse("100/m").toString());
  }

  @Test
  void refusesAnythingElse() {
    for (String bad : new String[] {"", "100", "100/min", "-1/m", "0/m", "1.5/m", "m/100"}) {
      assertThrows(IllegalArgumentException.class, () -> Rate.parse(bad), bad);
    }
  }
}
