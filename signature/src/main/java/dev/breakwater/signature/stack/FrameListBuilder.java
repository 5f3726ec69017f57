package dev.breakwater.signature.stack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the list of normalized frames of one thread: inlined calls count as frames of their own,
 * innermost first, and only the first {@value #MAXIMUM_FRAMES_TO_CONSIDER} are used.
 */
public final class FrameListBuilder {

  /** Frames below this depth never influence the signature. */
  public static final int MAXIMUM_FRAMES_TO_CONSIDER = 40;

  /**
   * Folklore: Rust 1.34's symbol files lost the module path of its panic functions, so {@code
   * core::panicking::panic} appeared as plain {@code panic} and the panic sentinels stopped
   * working. The source file tells them apart. Example: function {@code begin_panic_fmt} in {@code
   * git:github.com/rust-lang/rust:src/libstd/panicking.rs:91856ed5...}; see {@code
   * FrameListBuilderTest}.
   */
  private static final Map<String, String> RUST_134_PANIC_FUNCTIONS =
      Map.of(
          "src/liballoc/raw_vec.rs|capacity_overflow", "alloc::raw_vec::capacity_overflow",
          "src/libcore/option.rs|expect_failed", "core::option::expect_failed",
          "src/libcore/panicking.rs|panic_bounds_check", "core::panicking::panic_bounds_check",
          "src/libcore/panicking.rs|panic_fmt", "core::panicking::panic_fmt",
          "src/libcore/panicking.rs|panic", "core::panicking::panic",
          "src/libcore/slice/mod.rs|slice_index_order_fail", "core::slice::slice_index_order_fail",
          "src/libstd/panicking.rs|begin_panic_fmt", "std::panicking::begin_panic_fmt",
          "src/libstd/panicking.rs|continue_panic_fmt", "std::panicking::continue_panic_fmt",
          "src/libstd/panicking.rs|rust_panic_with_hook", "std::panicking::rust_panic_with_hook");

  private final FrameNormalizer normalizer;

  public FrameListBuilder(FrameNormalizer normalizer) {
    this.normalizer = normalizer;
  }

  /**
   * The normalized frames of {@code thread} ({@code {"frames": [...]}}).
   *
   * @param lowerCaseModules whether module names are lower-cased first (Windows module names are
   *     case-insensitive, and the same DLL shows up as {@code USER32.dll} and {@code user32.dll})
   */
  public List<String> normalizedFrames(JsonNode thread, boolean lowerCaseModules) {
    List<String> normalized = new ArrayList<>();
    for (Frame frame : frames(thread.path("frames"))) {
      frame = fixMissingModule(frame);
      if (lowerCaseModules && Frame.present(frame.module())) {
        frame = frame.withModule(frame.module().toLowerCase(Locale.ROOT));
      }
      normalized.add(normalizer.normalize(frame));
    }
    return normalized;
  }

  /** The frames to consider: each frame preceded by its inlined calls. */
  static List<Frame> frames(JsonNode frames) {
    List<Frame> result = new ArrayList<>();
    if (!frames.isArray()) {
      return result;
    }
    for (JsonNode frame : frames) {
      for (JsonNode inline : frame.path("inlines")) {
        if (result.size() == MAXIMUM_FRAMES_TO_CONSIDER) {
          return result;
        }
        result.add(Frame.inlined(inline, frame));
      }
      if (result.size() == MAXIMUM_FRAMES_TO_CONSIDER) {
        return result;
      }
      result.add(Frame.of(frame));
    }
    return result;
  }

  /** Restores the module path of Rust 1.34 panic functions (see the folklore note above). */
  static Frame fixMissingModule(Frame frame) {
    if (frame.function() == null) {
      return frame;
    }
    String fixed =
        RUST_134_PANIC_FUNCTIONS.get(
            SymbolText.parseSourceFile(frame.file()) + "|" + frame.function());
    return fixed == null ? frame : frame.withFunction(fixed);
  }
}
