package dev.breakwater.webapp.ui.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameTest {
  @Test
  void inlinedFunctionsComeBeforeTheirFrameAndAreMarked() throws Exception {
    var frame =
        new ObjectMapper()
            .readTree(
                "{\"frame\":2,\"module\":\"app\",\"function\":\"outer\",\"function_offset\":\"0x1c\","
                    + "\"file\":\"a.cc\",\"line\":10,\"trust\":\"cfi\","
                    + "\"inlines\":[{\"function\":\"inner\",\"file\":\"b.h\",\"line\":3}]}");

    List<Frame> rows = Frame.rows(frame);

    assertEquals(
        List.of(
            new Frame("2", "app", "inner", "b.h:3", "inlined", true, false),
            new Frame("2", "app", "outer + 0x1c", "a.cc:10", "cfi", false, false)),
        rows);
  }

  @Test
  void withoutSymbolsTheModuleOffsetNamesTheFrame() throws Exception {
    var frame =
        new ObjectMapper()
            .readTree(
                "{\"frame\":0,\"module\":\"app.exe\",\"module_offset\":\"0xa6cd\","
                    + "\"offset\":\"0x40a6cd\",\"trust\":\"scan\",\"missing_symbols\":true}");

    Frame row = Frame.rows(frame).get(0);

    assertEquals("app.exe + 0xa6cd", row.function());
    assertEquals(true, row.missingSymbols());
    assertEquals(true, row.isScanned());
  }
}
