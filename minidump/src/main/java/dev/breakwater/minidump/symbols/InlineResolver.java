package dev.breakwater.minidump.symbols;

import java.util.ArrayList;
import java.util.List;

/**
 * Breakpad's ConstructInlineFrames: the inline ranges containing an address, innermost first, each
 * named after its INLINE_ORIGIN. Each inline frame shows the position of the call made from it (the
 * innermost shows the line record's position) and the real frame shows the call site of the
 * outermost inline.
 */
final class InlineResolver {
  static final String NAME_OMITTED = "<name omitted>";

  private InlineResolver() {}

  record Result(String sourceFile, int sourceLine, List<InlineFrame> frames) {}

  static Result resolve(
      SymbolFile symbols, FunctionTable functions, int f, long rva, String file, int line) {
    InlineTable table = functions.inlines;
    int innermost = table.innermost(rva, functions.inlineStart[f], functions.inlineEnd[f]);
    if (innermost < 0) {
      return new Result(file, line, List.of());
    }
    List<String> names = new ArrayList<>();
    List<String> callFiles = new ArrayList<>();
    List<Integer> callLines = new ArrayList<>();
    for (int range = innermost; range >= 0; range = table.rangeParents[range]) {
      int record = table.rangeRecords[range];
      String name = symbols.originName(table.origins[record]);
      names.add(name != null ? name : NAME_OMITTED);
      String callFile =
          table.callFiles[record] == InlineTable.NO_CALL_FILE
              ? null
              : symbols.fileName(table.callFiles[record]);
      callFiles.add(callFile != null ? callFile : file);
      callLines.add(table.callLines[record]);
    }
    List<InlineFrame> frames = new ArrayList<>(names.size());
    String shownFile = file;
    int shownLine = line;
    for (int i = 0; i < names.size(); i++) {
      frames.add(new InlineFrame(names.get(i), shownFile, shownLine));
      shownFile = callFiles.get(i);
      shownLine = callLines.get(i);
    }
    return new Result(shownFile, shownLine, List.copyOf(frames));
  }

  static long[] functionBases(FunctionTable functions, int f, long rva) {
    InlineTable table = functions.inlines;
    int innermost = table.innermost(rva, functions.inlineStart[f], functions.inlineEnd[f]);
    List<Long> bases = new ArrayList<>();
    for (int range = innermost; range >= 0; range = table.rangeParents[range]) {
      bases.add(table.functionBase(table.rangeRecords[range], rva));
    }
    return bases.stream().mapToLong(Long::longValue).toArray();
  }
}
