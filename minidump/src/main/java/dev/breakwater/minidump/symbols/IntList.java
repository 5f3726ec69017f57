package dev.breakwater.minidump.symbols;

import java.util.Arrays;

/** A growable list of {@code int}s. */
final class IntList {
  private int[] values;
  private int size;

  IntList(int capacity) {
    values = new int[Math.max(capacity, 4)];
  }

  int size() {
    return size;
  }

  int get(int index) {
    return values[index];
  }

  void add(int value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, PackedLongs.grow(size));
    }
    values[size++] = value;
  }

  void set(int index, int value) {
    values[index] = value;
  }

  void truncate(int newSize) {
    size = Math.min(size, newSize);
  }

  int[] toArray() {
    return Arrays.copyOf(values, size);
  }

  /** The values at {@code order[0..count)}. */
  int[] select(int[] order, int count) {
    int[] out = new int[count];
    for (int i = 0; i < count; i++) {
      out[i] = values[order[i]];
    }
    return out;
  }
}
