package dev.breakwater.minidump.output;

import dev.breakwater.minidump.format.Cpu;
import dev.breakwater.minidump.model.StackFrame;

/** Breakpad's register lines: " name = 0x..." columns wrapped at 80 characters. */
final class Registers {
  private static final int MAX_WIDTH = 80;

  /** ARM print order: r0-r10, r12, then fp (r11), sp, lr, pc. */
  private static final int[] ARM_ORDER = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 11, 13, 14, 15};

  private Registers() {}

  static void print(StringBuilder out, StackFrame frame) {
    Cpu cpu = frame.cpu();
    int column = 0;
    switch (cpu) {
      case X86 -> {
        for (int i = 0; i < 6; i++) {
          column = printIfValid(out, frame, i, cpu.registers().get(i), column);
        }
        if (frame.validity() == StackFrame.ALL_VALID) {
          for (int i = 6; i < 10; i++) {
            column = print(out, cpu.registers().get(i), frame.register(i), 4, column);
          }
        }
      }
      case AMD64 -> {
        for (int i = 0; i < cpu.registerCount(); i++) {
          column = printIfValid(out, frame, i, cpu.registers().get(i), column);
        }
      }
      case ARM -> {
        for (int i : ARM_ORDER) {
          column = printIfValid(out, frame, i, i == 11 ? "fp" : cpu.registers().get(i), column);
        }
      }
      case ARM64 -> {
        for (int i = 0; i < cpu.registerCount(); i++) {
          column = printIfValid(out, frame, i, arm64Name(i), column);
        }
      }
    }
  }

  static String arm64Name(int index) {
    return switch (index) {
      case 29 -> "fp";
      case 30 -> "lr";
      case 31 -> "sp";
      case 32 -> "pc";
      default -> "x" + index;
    };
  }

  private static int printIfValid(
      StringBuilder out, StackFrame frame, int index, String name, int column) {
    if (!frame.isValid(index)) {
      return column;
    }
    return print(out, name, frame.register(index), frame.cpu().pointerSize(), column);
  }

  private static int print(StringBuilder out, String name, long value, int size, int column) {
    String text =
        String.format(" %5s = %s", name, size == 4 ? Hex.padded8(value) : Hex.padded16(value));
    if (column + text.length() > MAX_WIDTH) {
      column = 0;
      out.append("\n ");
    }
    out.append(text);
    return column + text.length();
  }
}
