package dev.breakwater.minidump.symbols;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Checks the array-based emulation of Breakpad's RangeMap and ContainedRangeMap against direct,
 * quadratic implementations of their rules on random ranges.
 */
class RangeRulesTest {

  private record Ranges(PackedLongs bases, PackedLongs sizes) {}

  private static Ranges random(Random random, int count, boolean sorted) {
    long[][] pairs = new long[count][];
    for (int i = 0; i < count; i++) {
      long base = random.nextInt(200);
      long size = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(random.nextBoolean() ? 8 : 60);
      pairs[i] = new long[] {base, size};
    }
    if (sorted) {
      Arrays.sort(pairs, (a, b) -> Long.compare(a[0], b[0]));
    }
    PackedLongs bases = new PackedLongs(count);
    PackedLongs sizes = new PackedLongs(count);
    for (long[] pair : pairs) {
      bases.add(pair[0]);
      sizes.add(pair[1]);
    }
    return new Ranges(bases, sizes);
  }

  @Test
  void exclusiveRangesMatchSequentialInsertion() {
    Random random = new Random(42);
    for (int round = 0; round < 2000; round++) {
      Ranges r = random(random, 1 + random.nextInt(40), round % 2 == 0);
      int count = r.bases().size();
      List<Integer> expected = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        long size = r.sizes().get(i);
        if (size == 0) {
          continue;
        }
        long base = r.bases().get(i);
        long high = base + size - 1;
        boolean overlaps = false;
        for (int k : expected) {
          long kb = r.bases().get(k);
          overlaps |= kb <= high && base <= kb + r.sizes().get(k) - 1;
        }
        if (!overlaps) {
          expected.add(i);
        }
      }
      expected.sort((a, b) -> Long.compare(r.bases().get(a), r.bases().get(b)));
      int[] actual = ExclusiveRanges.accept(r.bases(), r.sizes(), 0, count);
      assertArrayEquals(expected.stream().mapToInt(Integer::intValue).toArray(), actual);
    }
  }

  @Test
  void nestedRangesMatchContainmentRules() {
    Random random = new Random(7);
    int laminar = 0;
    for (int round = 0; round < 2000; round++) {
      boolean allowEqual = round % 3 == 0;
      Ranges r = random(random, 1 + random.nextInt(40), round % 2 == 0);
      int count = r.bases().size();
      List<Integer> expected = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        if (r.sizes().get(i) != 0 && fits(r, expected, i, allowEqual)) {
          expected.add(i);
        }
      }
      int[] valid =
          java.util.stream.IntStream.range(0, count).filter(i -> r.sizes().get(i) != 0).toArray();
      int[] tree =
          NestedRanges.keepAny(r.bases(), r.sizes(), valid.clone(), valid.length, allowEqual);
      assertEquals(sorted(expected), sorted(tree), "tree, round " + round);
      int[] nested =
          NestedRanges.keepNested(
              r.bases(), r.sizes(), valid.clone(), valid.length, allowEqual, new int[count]);
      if (nested != null) {
        assertEquals(sorted(expected), sorted(nested), "nested, round " + round);
        laminar++;
      }
      if (round % 2 == 0) {
        int[] chain =
            NestedRanges.keepSorted(r.bases(), r.sizes(), valid.clone(), valid.length, allowEqual);
        assertEquals(sorted(expected), sorted(chain), "chain, round " + round);
      }
    }
    assertTrue(laminar > 100, "too few laminar cases generated: " + laminar);
  }

  @Test
  void innermostLookupMatchesSmallestContainingRange() {
    Random random = new Random(11);
    for (int round = 0; round < 500; round++) {
      Ranges r = random(random, 1 + random.nextInt(40), round % 2 == 0);
      NestedRanges nested = NestedRanges.build(r.bases(), r.sizes(), 0, r.bases().size(), true);
      PackedLongs bases = r.bases().select(nested.order, nested.order.length);
      PackedLongs sizes = r.sizes().select(nested.order, nested.order.length);
      for (long address = 0; address < 270; address++) {
        int expected = -1;
        for (int p = 0; p < nested.order.length; p++) {
          long b = bases.get(p);
          if (b <= address && address - b < sizes.get(p)) {
            expected = p; // pre-order: a later containing range is nested deeper
          }
        }
        int actual =
            NestedRanges.innermost(bases, sizes, nested.parent, 0, nested.order.length, address);
        assertEquals(expected, actual, "round " + round + " address " + address);
      }
    }
  }

  private static boolean fits(Ranges r, List<Integer> kept, int i, boolean allowEqual) {
    long base = r.bases().get(i);
    long high = base + r.sizes().get(i) - 1;
    for (int k : kept) {
      long kb = r.bases().get(k);
      long kh = kb + r.sizes().get(k) - 1;
      boolean disjoint = high < kb || kh < base;
      boolean equal = kb == base && kh == high;
      boolean nested = (kb <= base && high <= kh) || (base <= kb && kh <= high);
      if (equal && !allowEqual || !disjoint && !nested) {
        return false;
      }
    }
    return true;
  }

  private static List<Integer> sorted(List<Integer> values) {
    List<Integer> copy = new ArrayList<>(values);
    copy.sort(null);
    return copy;
  }

  private static List<Integer> sorted(int[] values) {
    return sorted(Arrays.stream(values).boxed().toList());
  }
}
