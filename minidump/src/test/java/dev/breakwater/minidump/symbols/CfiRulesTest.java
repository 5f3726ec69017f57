package dev.breakwater.minidump.symbols;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class CfiRulesTest {
  private static MemoryReader memory(Map<Long, Long> words) {
    return (address, size) -> {
      Long value = words.get(address);
      return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    };
  }

  @Test
  void initPlusDeltasUpToTheAddress() {
    SymbolFile sym =
        SymText.module(
            "STACK CFI INIT 1000 40 .cfa: $rsp 8 + .ra: .cfa -8 + ^\n"
                + "STACK CFI 1001 .cfa: $rsp 16 + $rbp: .cfa -16 + ^\n"
                + "STACK CFI 1004 .cfa: $rbp 16 +\n"
                + "STACK CFI INIT 2000 10 .cfa: $rsp 8 + .ra: .cfa -8 + ^\n");
    assertNull(sym.findCfiRules(0xfff));
    assertEquals(".cfa: $rsp 8 + .ra: .cfa -8 + ^", sym.findCfiRules(0x1000).toString());
    CfiRules at1003 = sym.findCfiRules(0x1003);
    assertEquals("$rsp 16 +", at1003.cfaRule());
    assertEquals(Map.of("$rbp", ".cfa -16 + ^"), at1003.registerRules());
    assertEquals("$rbp 16 +", sym.findCfiRules(0x103f).cfaRule());
    assertNull(sym.findCfiRules(0x1040));
    assertEquals("$rsp 8 +", sym.findCfiRules(0x2000).cfaRule());
  }

  @Test
  void lastDeltaAtAnAddressWinsAndOverlappingInitIsDropped() {
    SymbolFile sym =
        SymText.module(
            "STACK CFI INIT 1000 40 .cfa: $rsp 8 + .ra: .cfa -8 + ^\n"
                + "STACK CFI 1010 .cfa: $rsp 16 +\n"
                + "STACK CFI 1010 .cfa: $rsp 24 +\n"
                + "STACK CFI INIT 1020 40 .cfa: $rsp 99 + .ra: .cfa -8 + ^\n");
    assertEquals("$rsp 24 +", sym.findCfiRules(0x1030).cfaRule());
    assertEquals("$rsp 8 +", sym.findCfiRules(0x1000).cfaRule());
    assertNull(sym.findCfiRules(0x1050));
  }

  @Test
  void malformedRuleSets() {
    SymbolFile sym =
        SymText.module(
            "STACK CFI INIT 1000 10 .cfa $rsp 8 +\n"
                + "STACK CFI INIT 2000 10 .cfa: $rsp 8 + .ra: .cfa -8 + ^\n"
                + "STACK CFI 2004 $rbx: .cfa 16 - ^ $rcx: $rcx : oops\n");
    assertNull(sym.findCfiRules(0x1000));
    CfiRules partial = sym.findCfiRules(0x2008);
    assertNotNull(partial);
    assertEquals(Map.of("$rbx", ".cfa 16 - ^"), partial.registerRules());
  }

  @Test
  void amd64CallerRegisters() {
    CfiRules rules = new CfiRules();
    assertTrue(rules.apply(".cfa: $rsp 16 + .ra: .cfa -8 + ^ $rbp: .cfa -16 + ^ $rbx: $nope"));
    Map<String, Long> caller =
        rules.findCallerRegisters(
            Map.of("$rsp", 0x7fff0000L, "$rip", 0x401000L),
            memory(Map.of(0x7fff0008L, 0x400123L, 0x7fff0000L, 0x7fff1000L)),
            8);
    assertEquals(Map.of(".cfa", 0x7fff0010L, ".ra", 0x400123L, "$rbp", 0x7fff1000L), caller);
  }

  @Test
  void x86ValuesAreMaskedTo32Bits() {
    CfiRules rules = new CfiRules();
    assertTrue(rules.apply(".cfa: $esp 4 + .ra: .cfa 4 - ^ $ebp: $ebp"));
    Map<String, Long> caller =
        rules.findCallerRegisters(
            Map.of("$esp", 0xfffffffeL, "$ebp", 0x1_0000_1234L),
            memory(Map.of(0xfffffffeL, 0x8048000L)),
            4);
    assertEquals(2L, caller.get(".cfa"));
    assertEquals(0x8048000L, caller.get(".ra"));
    assertEquals(0x1234L, caller.get("$ebp"));
  }

  @Test
  void arm64RegisterNamesWithoutDollar() {
    CfiRules rules = new CfiRules();
    assertTrue(rules.apply(".cfa: sp 16 + .ra: x30"));
    assertTrue(rules.apply("x29: .cfa -16 + ^ .ra: .cfa -8 + ^"));
    Map<String, Long> caller =
        rules.findCallerRegisters(
            Map.of("sp", 0x1000L, "x29", 0x2000L, "x30", 0x5555L),
            memory(Map.of(0x1000L, 0x3000L, 0x1008L, 0x400800L)),
            8);
    assertEquals(0x1010L, caller.get(".cfa"));
    assertEquals(0x400800L, caller.get(".ra"));
    assertEquals(0x3000L, caller.get("x29"));
  }

  @Test
  void missingCfaOrRaOrUnreadableMemoryGivesNull() {
    CfiRules onlyCfa = new CfiRules();
    assertTrue(onlyCfa.apply(".cfa: $rsp 8 +"));
    assertNull(onlyCfa.findCallerRegisters(Map.of("$rsp", 8L), memory(Map.of()), 8));
    CfiRules undefinedRa = new CfiRules();
    assertTrue(undefinedRa.apply(".cfa: $rsp 8 + .ra: .undef"));
    assertNull(undefinedRa.findCallerRegisters(Map.of("$rsp", 8L), memory(Map.of()), 8));
    CfiRules unreadable = new CfiRules();
    assertTrue(unreadable.apply(".cfa: $rsp 8 + .ra: .cfa -8 + ^"));
    assertNull(unreadable.findCallerRegisters(Map.of("$rsp", 8L), memory(Map.of()), 8));
    assertNull(unreadable.findCallerRegisters(Map.of(), memory(Map.of()), 8));
  }

  @Test
  void ruleSetParsing() {
    assertFalse(new CfiRules().apply(""));
    assertFalse(new CfiRules().apply(": 1"));
    assertFalse(new CfiRules().apply("$rax:"));
    assertFalse(new CfiRules().apply("1 2 +"));
    CfiRules rules = new CfiRules();
    assertTrue(rules.apply(".cfa:\t$rsp  8 +\n.ra: .cfa -8 + ^"));
    assertEquals("$rsp 8 +", rules.cfaRule());
  }
}
