package dev.breakwater.minidump.symbols;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IndexSortTest {
  @Test
  void stableMergeSortMatchesBoxedSort() {
    Random random = new Random(3);
    for (int round = 0; round < 200; round++) {
      int count = random.nextInt(300);
      int[] keys = new int[count];
      for (int i = 0; i < count; i++) {
        keys[i] = random.nextInt(20);
      }
      int[] indices = new int[count];
      Integer[] boxed = new Integer[count];
      for (int i = 0; i < count; i++) {
        indices[i] = count - 1 - i;
        boxed[i] = count - 1 - i;
      }
      IndexSort.sort(indices, count, (a, b) -> Integer.compare(keys[a], keys[b]));
      Arrays.sort(boxed, Comparator.comparingInt(i -> keys[i]));
      assertArrayEquals(Arrays.stream(boxed).mapToInt(Integer::intValue).toArray(), indices);
    }
  }

  @Test
  void unsignedKeysAboveThirtyTwoBits() {
    PackedLongs keys = new PackedLongs(4);
    keys.add(0xffff_ffff_0000_0000L);
    keys.add(5);
    keys.add(0x1_0000_0000L);
    keys.add(5);
    int[] indices = {0, 1, 2, 3};
    IndexSort.sort(indices, 4, keys);
    assertArrayEquals(new int[] {1, 3, 2, 0}, indices);
  }
}
