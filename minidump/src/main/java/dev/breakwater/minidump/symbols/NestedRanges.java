package dev.breakwater.minidump.symbols;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Which ranges Breakpad's ContainedRangeMap keeps when ranges are stored one after the other, and
 * how they nest. A range may lie inside or around earlier ones but not partially overlap any; an
 * identical range is refused unless {@code allowEqual} (then it nests inside the earlier one). Used
 * for STACK WIN records and INLINE ranges.
 *
 * <p>The result lists the kept ranges in pre-order (base ascending, enclosing ranges first) with
 * the position of each one's parent, so that the innermost range containing an address is found by
 * a binary search and a walk up the parents.
 */
final class NestedRanges {
  /** Indices of the kept ranges, in pre-order. */
  final int[] order;

  /** Position (in {@link #order}) of each kept range's enclosing range, or -1. */
  final int[] parent;

  /**
   * Deepest nesting kept. Real symbol files nest a few levels; the bound keeps hostile files from
   * making every insertion and lookup walk a chain of millions.
   */
  static final int MAX_DEPTH = 1024;

  private NestedRanges(int[] order, int[] parent) {
    this.order = order;
    this.parent = parent;
  }

  static NestedRanges build(
      PackedLongs bases, PackedLongs sizes, int from, int to, boolean allowEqual) {
    int[] valid = new int[to - from];
    int count = 0;
    boolean sorted = true;
    long previousBase = 0;
    for (int i = from; i < to; i++) {
      long base = bases.get(i);
      long size = sizes.get(i);
      if (size == 0 || Long.compareUnsigned(base + (size - 1), base) < 0) {
        continue;
      }
      sorted &= count == 0 || Long.compareUnsigned(base, previousBase) >= 0;
      previousBase = base;
      valid[count++] = i;
    }
    int[] kept;
    if (sorted) {
      kept = keepSorted(bases, sizes, valid, count, allowEqual);
    } else {
      int[] parent = new int[count];
      kept = keepNested(bases, sizes, valid, count, allowEqual, parent);
      if (kept != null) {
        return new NestedRanges(kept, Arrays.copyOf(parent, kept.length));
      }
      kept = keepAny(bases, sizes, valid, count, allowEqual);
    }
    sortEqualBaseRuns(kept, bases, sizes);
    return new NestedRanges(kept, parents(kept, bases, sizes));
  }

  /**
   * Ranges arriving by ascending base: the kept ranges still open at the new base form a chain,
   * each of which the new range must contain or lie inside.
   */
  static int[] keepSorted(
      PackedLongs bases, PackedLongs sizes, int[] valid, int count, boolean allowEqual) {
    int[] chain = new int[16];
    int depth = 0;
    int kept = 0;
    for (int v = 0; v < count; v++) {
      int index = valid[v];
      long base = bases.get(index);
      long high = base + (sizes.get(index) - 1);
      while (depth > 0 && Long.compareUnsigned(high(bases, sizes, chain[depth - 1]), base) < 0) {
        depth--;
      }
      int insertAt = firstInside(chain, depth, bases, sizes, high);
      if (!fits(chain, depth, insertAt, bases, sizes, base, high, allowEqual)) {
        continue;
      }
      if (depth == chain.length) {
        chain = Arrays.copyOf(chain, depth * 2);
      }
      System.arraycopy(chain, insertAt, chain, insertAt + 1, depth - insertAt);
      chain[insertAt] = index;
      depth++;
      valid[kept++] = index;
    }
    return Arrays.copyOf(valid, kept);
  }

  /** Position of the first chain element ending below {@code high}: the chain's highs descend. */
  private static int firstInside(
      int[] chain, int depth, PackedLongs bases, PackedLongs sizes, long high) {
    int lo = 0;
    int hi = depth - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (Long.compareUnsigned(high(bases, sizes, chain[mid]), high) >= 0) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /**
   * Chain elements below {@code insertAt} contain the new range (refused if identical, unless
   * allowed); those above must share its base so that it contains them.
   */
  private static boolean fits(
      int[] chain,
      int depth,
      int insertAt,
      PackedLongs bases,
      PackedLongs sizes,
      long base,
      long high,
      boolean allowEqual) {
    if (depth >= MAX_DEPTH) {
      return false;
    }
    if (insertAt > 0 && !allowEqual) {
      int outer = chain[insertAt - 1];
      if (bases.get(outer) == base && high(bases, sizes, outer) == high) {
        return false;
      }
    }
    return insertAt == depth || bases.get(chain[insertAt]) == base;
  }

  /**
   * Ranges in any order that never partially overlap (the usual case for INLINE records, whose
   * ranges come parent first but not by address): every one is kept, except a repeat of an
   * identical range when that is not allowed, whatever the order. Returns them in pre-order, or
   * null when some ranges partially overlap and insertion order decides.
   */
  static int[] keepNested(
      PackedLongs bases,
      PackedLongs sizes,
      int[] valid,
      int count,
      boolean allowEqual,
      int[] parent) {
    int[] order = Arrays.copyOf(valid, count);
    IndexSort.sort(order, count, (a, b) -> preOrder(bases, sizes, a, b));
    int[] stack = new int[16];
    int depth = 0;
    int kept = 0;
    int[] out = new int[count];
    for (int index : order) {
      long base = bases.get(index);
      long high = high(bases, sizes, index);
      while (depth > 0
          && Long.compareUnsigned(high(bases, sizes, out[stack[depth - 1]]), base) < 0) {
        depth--;
      }
      if (depth > 0) {
        int top = out[stack[depth - 1]];
        long topHigh = high(bases, sizes, top);
        if (Long.compareUnsigned(topHigh, high) < 0) {
          return null;
        }
        if (!allowEqual && bases.get(top) == base && topHigh == high) {
          continue;
        }
      }
      if (depth == MAX_DEPTH) {
        return null;
      }
      if (depth == stack.length) {
        stack = Arrays.copyOf(stack, depth * 2);
      }
      parent[kept] = depth == 0 ? -1 : stack[depth - 1];
      stack[depth++] = kept;
      out[kept++] = index;
    }
    return Arrays.copyOf(out, kept);
  }

  /** Ranges in any order: a literal port of ContainedRangeMap::StoreRange on a tree. */
  static int[] keepAny(
      PackedLongs bases, PackedLongs sizes, int[] valid, int count, boolean allowEqual) {
    Node root = new Node(0, -1L, -1);
    for (int v = 0; v < count; v++) {
      int index = valid[v];
      long base = bases.get(index);
      Node.store(root, base, base + (sizes.get(index) - 1), index, allowEqual);
    }
    List<Integer> preOrder = new ArrayList<>();
    root.collect(preOrder);
    return preOrder.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Pre-order among ranges sharing a base: larger first, then earlier (outer) first. */
  private static void sortEqualBaseRuns(int[] kept, PackedLongs bases, PackedLongs sizes) {
    int runStart = 0;
    for (int i = 1; i <= kept.length; i++) {
      if (i == kept.length || bases.get(kept[i]) != bases.get(kept[runStart])) {
        if (i - runStart > 1) {
          int[] run = Arrays.copyOfRange(kept, runStart, i);
          IndexSort.sort(run, run.length, (a, b) -> preOrder(bases, sizes, a, b));
          System.arraycopy(run, 0, kept, runStart, run.length);
        }
        runStart = i;
      }
    }
  }

  private static int[] parents(int[] kept, PackedLongs bases, PackedLongs sizes) {
    int[] parent = new int[kept.length];
    int[] stack = new int[16];
    int depth = 0;
    for (int p = 0; p < kept.length; p++) {
      long base = bases.get(kept[p]);
      while (depth > 0
          && Long.compareUnsigned(high(bases, sizes, kept[stack[depth - 1]]), base) < 0) {
        depth--;
      }
      parent[p] = depth == 0 ? -1 : stack[depth - 1];
      if (depth == stack.length) {
        stack = Arrays.copyOf(stack, depth * 2);
      }
      stack[depth++] = p;
    }
    return parent;
  }

  /**
   * Innermost range containing {@code address} among the pre-ordered ranges at positions {@code
   * [from, to)} whose bases are {@code bases} (by position) and parents {@code parent}, or -1.
   */
  static int innermost(
      PackedLongs bases, PackedLongs sizes, int[] parent, int from, int to, long address) {
    int p = bases.lastAtOrBelow(address, from, to);
    while (p >= from) {
      if (Long.compareUnsigned(address - bases.get(p), sizes.get(p)) < 0) {
        return p;
      }
      p = parent[p];
    }
    return -1;
  }

  /** Base ascending, then larger first, then earlier first: enclosing ranges before nested ones. */
  private static int preOrder(PackedLongs bases, PackedLongs sizes, int a, int b) {
    int byBase = Long.compareUnsigned(bases.get(a), bases.get(b));
    if (byBase != 0) {
      return byBase;
    }
    int bySize = Long.compareUnsigned(sizes.get(b), sizes.get(a));
    return bySize != 0 ? bySize : Integer.compare(a, b);
  }

  private static long high(PackedLongs bases, PackedLongs sizes, int index) {
    return bases.get(index) + (sizes.get(index) - 1);
  }

  /** A node of Breakpad's ContainedRangeMap; children keyed by their (unsigned) high address. */
  private static final class Node {
    final long base;
    final long high;
    final int index;
    NavigableMap<Long, Node> children;

    Node(long base, long high, int index) {
      this.base = base;
      this.high = high;
      this.index = index;
    }

    /** Stores a range below this node; iterative so that deep nesting cannot overflow. */
    static boolean store(Node root, long newBase, long newHigh, int newIndex, boolean allowEqual) {
      Node current = root;
      for (int level = 0; level <= MAX_DEPTH; level++) {
        if (current.children == null) {
          current.children = new TreeMap<>(Long::compareUnsigned);
        }
        Map.Entry<Long, Node> atBase = current.children.ceilingEntry(newBase);
        Map.Entry<Long, Node> atHigh = current.children.ceilingEntry(newHigh);
        if (atBase == null
            || atHigh == null
            || !atBase.getKey().equals(atHigh.getKey())
            || Long.compareUnsigned(newBase, atBase.getValue().base) < 0) {
          return current.insertHere(newBase, newHigh, newIndex, atBase, atHigh);
        }
        Node child = atBase.getValue();
        if (!allowEqual && child.base == newBase && child.high == newHigh) {
          return false;
        }
        current = child;
      }
      return false;
    }

    private boolean insertHere(
        long newBase,
        long newHigh,
        int newIndex,
        Map.Entry<Long, Node> atBase,
        Map.Entry<Long, Node> atHigh) {
      boolean containsHigh =
          atHigh != null && Long.compareUnsigned(newHigh, atHigh.getValue().base) >= 0;
      if ((atBase != null && Long.compareUnsigned(newBase, atBase.getValue().base) > 0)
          || (containsHigh && Long.compareUnsigned(newHigh, atHigh.getKey()) < 0)) {
        return false;
      }
      Node node = new Node(newBase, newHigh, newIndex);
      if (atBase != null) {
        NavigableMap<Long, Node> moved =
            atHigh == null
                ? children.tailMap(atBase.getKey(), true)
                : children.subMap(atBase.getKey(), true, atHigh.getKey(), containsHigh);
        if (!moved.isEmpty()) {
          node.children = new TreeMap<>(moved);
          moved.clear();
        }
      }
      children.put(newHigh, node);
      return true;
    }

    /** Appends the indices below this node in pre-order, iteratively. */
    void collect(List<Integer> out) {
      java.util.ArrayDeque<java.util.Iterator<Node>> stack = new java.util.ArrayDeque<>();
      if (children != null) {
        stack.push(children.values().iterator());
      }
      while (!stack.isEmpty()) {
        java.util.Iterator<Node> siblings = stack.peek();
        if (!siblings.hasNext()) {
          stack.pop();
          continue;
        }
        Node child = siblings.next();
        out.add(child.index);
        if (child.children != null) {
          stack.push(child.children.values().iterator());
        }
      }
    }
  }
}
