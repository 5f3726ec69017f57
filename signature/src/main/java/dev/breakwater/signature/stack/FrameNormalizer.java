package dev.breakwater.signature.stack;

import dev.breakwater.signature.lists.SignatureLists;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one frame into its signature form: a C/C++ or Rust function name without parameters, return
 * type and template arguments, else {@code file#line}, else {@code module@offset}.
 */
public final class FrameNormalizer {

  private static final Pattern SPACE_BEFORE_POINTER = Pattern.compile(" (?=[*&,])");
  private static final Pattern COMMA_WITHOUT_SPACE = Pattern.compile(",(?! )");
  private static final Pattern RUST_HASH = Pattern.compile("::h[0-9a-fA-F]+$");
  private static final Pattern LAMBDA_NUMBER = Pattern.compile("::\\$_\\d+::");
  private static final List<String> CPP_QUALIFIERS =
      List.of("const", "const&", "const &", "&&", "&");
  private static final List<String> CPP_TEMPLATE_EXCEPTIONS =
      List.of("name omitted", "IPC::ParamTraits", " in ");
  private static final List<String> CPP_ARGUMENT_EXCEPTIONS =
      List.of("anonymous namespace", "operator");

  private final SignatureLists lists;

  public FrameNormalizer(SignatureLists lists) {
    this.lists = lists;
  }

  /** The signature form of one frame. */
  public String normalize(Frame frame) {
    if (Frame.present(frame.function())) {
      String sourceFile = SymbolText.parseSourceFile(frame.file());
      if (Frame.present(frame.file()) && sourceFile != null && sourceFile.endsWith(".rs")) {
        return normalizeRustFunction(frame.function(), frame.line());
      }
      return normalizeCppFunction(frame.function(), frame.line());
    }
    if (Frame.present(frame.file()) && frame.hasLine()) {
      return baseName(frame.file()) + "#" + frame.line();
    }
    if (!Frame.present(frame.module()) && !Frame.present(frame.moduleOffset())) {
      String unloaded = unloadedModule(frame);
      if (unloaded != null) {
        return unloaded;
      }
      if (Frame.present(frame.offset())) {
        return "@" + SymbolText.stripLeadingZeros(frame.offset());
      }
    }
    String module = frame.module() == null ? "" : frame.module();
    return module + "@" + python(SymbolText.stripLeadingZeros(frame.moduleOffset()));
  }

  /** Normalizes a C/C++ function name. */
  public String normalizeCppFunction(String function, String line) {
    for (String qualifier : CPP_QUALIFIERS) {
      if (function.endsWith(qualifier)) {
        function = function.substring(0, function.length() - qualifier.length()).strip();
      }
    }
    // Operator overloads have no return type to drop and would be cut at the wrong space.
    if (!function.contains("::operator")) {
      function = SymbolText.dropPrefixAndReturnType(function);
    }
    // MSVC and clang spell the anonymous namespace differently; one bucket for both.
    function = function.replace("`anonymous namespace'", "(anonymous namespace)");
    // clang numbers lambdas ($_52), and the numbers change from build to build.
    function = LAMBDA_NUMBER.matcher(function).replaceAll(Matcher.quoteReplacement("::$::"));
    function = SymbolText.collapse(function, '<', '>', "<T>", CPP_TEMPLATE_EXCEPTIONS);
    function = SymbolText.collapse(function, '(', ')', "", CPP_ARGUMENT_EXCEPTIONS);
    // PGO splits cold blocks off into "f() [clone .cold.222]".
    if (function.contains("clone .cold")) {
      function = SymbolText.collapse(function, '[', ']', "", List.of());
    }
    return tidy(withLineNumber(function, line));
  }

  /** Normalizes a Rust function name. */
  public String normalizeRustFunction(String function, String line) {
    function = SymbolText.dropPrefixAndReturnType(function);
    // "<A as B>::f" names a trait implementation; collapsing it would lose which one.
    function = SymbolText.collapse(function, '<', '>', "<T>", List.of(" as "));
    function = SymbolText.collapse(function, '(', ')', "", List.of());
    function = tidy(withLineNumber(function, line));
    // The legacy mangling's "::h0123abcd" suffix differs for every build.
    return RUST_HASH.matcher(function).replaceAll("");
  }

  private String withLineNumber(String function, String line) {
    return lists.needsLineNumber(function) ? function + ":" + python(line) : function;
  }

  private static String tidy(String function) {
    function = SPACE_BEFORE_POINTER.matcher(function).replaceAll("");
    return COMMA_WITHOUT_SPACE.matcher(function).replaceAll(", ");
  }

  private static String baseName(String file) {
    String trimmed = file.replaceAll("[/\\\\]+$", "");
    int cut = trimmed.contains("\\") ? trimmed.lastIndexOf('\\') : trimmed.lastIndexOf('/');
    return trimmed.substring(cut + 1);
  }

  /** {@code (unloaded name@offset)} for an address in a module that was unloaded, else null. */
  private static String unloadedModule(Frame frame) {
    if (!frame.unloadedModules().isArray() || frame.unloadedModules().isEmpty()) {
      return null;
    }
    var first = frame.unloadedModules().get(0);
    String name = first.path("module").isTextual() ? first.path("module").textValue() : "";
    if (name.isEmpty()) {
      return null;
    }
    var offsets = first.path("offsets");
    if (offsets.isArray() && !offsets.isEmpty()) {
      String offset = offsets.get(0).isNull() ? null : offsets.get(0).asText();
      return "(unloaded " + name + "@" + python(SymbolText.stripLeadingZeros(offset)) + ")";
    }
    return "(unloaded " + name + ")";
  }

  /**
   * An absent value prints as {@code None}, as in Socorro's signatures, so such frames keep
   * bucketing with the crashes already triaged.
   */
  private static String python(String value) {
    return value == null ? "None" : value;
  }
}
