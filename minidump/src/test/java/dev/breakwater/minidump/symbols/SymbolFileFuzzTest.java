package dev.breakwater.minidump.symbols;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Fuzzes the {@code .sym} parser and every lookup on what it built: nothing may throw except {@link
 * SymbolParseException} for a file without a usable MODULE record. Seeds are in {@code
 * src/test/resources/.../SymbolFileFuzzTestInputs/}; see {@code minidump/FUZZING.md}.
 */
class SymbolFileFuzzTest {
  private static final byte[] MODULE = "MODULE Linux x86_64 0123ABCD fuzz\n".getBytes();

  @FuzzTest(maxDuration = "5s")
  void parseAndLookUp(FuzzedDataProvider data) throws IOException {
    long[] addresses = new long[4];
    for (int i = 0; i < addresses.length; i++) {
      addresses[i] = data.consumeBoolean() ? data.consumeLong(0, 0x20000) : data.consumeLong();
    }
    boolean withModule = data.consumeBoolean();
    byte[] body = data.consumeRemainingAsBytes();
    byte[] text = body;
    if (withModule) {
      text = new byte[MODULE.length + body.length];
      System.arraycopy(MODULE, 0, text, 0, MODULE.length);
      System.arraycopy(body, 0, text, MODULE.length, body.length);
    }
    SymbolFile symbols;
    try {
      symbols = SymbolFile.parse(new ByteArrayInputStream(text));
    } catch (SymbolParseException e) {
      return;
    }
    for (long address : addresses) {
      lookUp(symbols, address);
    }
    for (int i = 0; i < Math.min(symbols.functionCount(), 16); i++) {
      lookUp(symbols, symbols.functionAddress(i));
    }
    symbols.estimatedMemoryBytes();
  }

  private static void lookUp(SymbolFile symbols, long address) {
    Symbolization s = symbols.symbolize(address);
    if (s != null && s.inlines().size() != symbols.inlineFunctionBases(address).length) {
      throw new IllegalStateException("inline frames and bases disagree at " + address);
    }
    symbols.findFunctionParameterSize(address);
    WinFrameInfo win = symbols.findWinFrameInfo(address);
    Map<String, Long> registers = new HashMap<>(Map.of("$esp", 0x1000L, "$ebp", 0x2000L));
    MemoryReader memory = (a, size) -> OptionalLong.of(a * 31);
    if (win != null && win.programString() != null) {
      PostfixEvaluator.evaluate(win.programString(), registers, memory, 4);
    }
    CfiRules rules = symbols.findCfiRules(address);
    if (rules != null) {
      rules.findCallerRegisters(Map.of("$rsp", 0x1000L, "sp", 0x1000L), memory, 8);
    }
  }
}
