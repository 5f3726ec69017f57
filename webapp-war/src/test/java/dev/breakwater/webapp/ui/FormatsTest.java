package dev.breakwater.webapp.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

class FormatsTest {
  private final Formats formats = new Formats();
  private final JsonNodeFactory nodes = JsonNodeFactory.instance;

  @Test
  void timesAreUtcIso() {
    assertEquals(
        "2026-12-02T02:52:26Z", formats.time(nodes.textNode("2026-12-02T03:52:26.123+01:00")));
    assertEquals("2026-12-02T02:52:26Z", formats.time("2026-12-02 02:52:26.5+00:00"));
    assertEquals("2026-12-02T02:52:26Z", formats.time(nodes.numberNode(1796179946L)));
    assertEquals("yesterday", formats.time("yesterday"), "what is no time is shown as it is");
    assertEquals("", formats.time(nodes.nullNode()));
  }

  @Test
  void numbersHaveThousandsSeparators() {
    assertEquals("1,234,567", formats.number(nodes.numberNode(1234567)));
    assertEquals("1,234,567", formats.number(1234567L));
    assertEquals("12", formats.number("12"));
    assertEquals("n/a", formats.number("n/a"));
    assertEquals("12.50 %", formats.percent(1, 8));
    assertEquals("3,725 s (1 h 2 min)", formats.seconds(nodes.numberNode(3725)));
  }
}
