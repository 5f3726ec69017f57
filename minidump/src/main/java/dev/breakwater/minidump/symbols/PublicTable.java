package dev.breakwater.minidump.symbols;

/** PUBLIC records kept (Breakpad's AddressMap: sorted by address, the first of duplicates wins). */
final class PublicTable {
  final PackedLongs addresses;
  final int[] names;
  final int[] parameterSizes;
  final boolean[] multiple;

  PublicTable(PackedLongs addresses, int[] names, int[] parameterSizes, boolean[] multiple) {
    this.addresses = addresses;
    this.names = names;
    this.parameterSizes = parameterSizes;
    this.multiple = multiple;
  }

  /** The PUBLIC at the highest address at or below {@code address}, or -1. */
  int atOrBelow(long address) {
    return addresses.lastAtOrBelow(address, 0, names.length);
  }

  long memoryBytes() {
    return addresses.memoryBytes() + 9L * names.length;
  }
}
