package dev.breakwater.webapp.ui.topcrashers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode answer(long total, String buckets) throws Exception {
    return JSON.readTree("{\"total\":" + total + ",\"facets\":{\"signature\":[" + buckets + "]}}");
  }

  @Test
  void ranksSharesAndChangesAgainstThePreviousPeriod() throws Exception {
    JsonNode current =
        answer(
            200,
            "{\"term\":\"A\",\"count\":50,\"facets\":{\"platform\":[{\"term\":\"Windows\",\"count\":1200}],"
                + "\"cardinality_install_time\":{\"value\":7}}},"
                + "{\"term\":\"B\",\"count\":30},{\"term\":\"C\",\"count\":20}");
    JsonNode previous =
        answer(
            100,
            "{\"term\":\"B\",\"count\":40},{\"term\":\"X\",\"count\":5},{\"term\":\"A\",\"count\":1}");

    List<TopCrasher> rows = Ranking.of(current, previous);

    TopCrasher a = rows.get(0);
    assertEquals(1, a.rank());
    assertEquals(2, a.rankChange(), "third before, first now");
    assertEquals(0.25, a.share(), 1e-9, "of all 200 crashes, not of the listed 100");
    assertEquals(0.25 - 0.01, a.shareChange(), 1e-9);
    assertEquals("Windows 1,200", a.platforms());
    assertEquals(7, a.installs());
    TopCrasher b = rows.get(1);
    assertEquals(-1, b.rankChange(), "first before, second now");
    assertEquals(0.15 - 0.40, b.shareChange(), 1e-9);
    TopCrasher c = rows.get(2);
    assertTrue(c.isNew());
    assertNull(c.shareChange());
    assertEquals(0, c.rankChange());
  }

  @Test
  void withoutAPreviousPeriodEverySignatureIsNew() throws Exception {
    List<TopCrasher> rows = Ranking.of(answer(3, "{\"term\":\"A\",\"count\":3}"), null);

    assertEquals(1, rows.size());
    assertTrue(rows.get(0).isNew());
    assertEquals(1.0, rows.get(0).share(), 1e-9);
  }
}
