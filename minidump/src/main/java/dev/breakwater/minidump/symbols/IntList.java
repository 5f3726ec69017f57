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

  /**
   * The values as an array of exactly their number; the list gives its storage up (and is empty
   * afterwards), so that no second copy stays alive while the index is built.
   */
  int[] takeArray() {
    int[] out = values.length == size ? values : Arrays.copyOf(values, size);
    values = new int[0];
    size = 0;
    return out;
  }

  /**
   * The values at {@code order[0..count)}; for the identity order the list gives up its storage as
   * {@link #takeArray()} does.
   */
  int[] select(int[] order, int count) {
    if (PackedLongs.isIdentity(order, count)) {
      truncate(count);
      return takeArray();
    }
    int[] out = new int[count];
    for (int i = 0; i < count; i++) {
      out[i] = values[order[i]];
    }
    return out;
  }
}
