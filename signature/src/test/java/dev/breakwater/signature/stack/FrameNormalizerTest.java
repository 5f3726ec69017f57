package dev.breakwater.signature.stack;

import static dev.breakwater.signature.SignatureTestSupport.defaultTestLists;
import static dev.breakwater.signature.SignatureTestSupport.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class FrameNormalizerTest {

  private final FrameNormalizer normalizer = new FrameNormalizer(defaultTestLists());

  private static Frame frame(
      String module, String function, String file, String line, String moduleOffset) {
    boolean hasLine = line != null && !line.isEmpty();
    return new Frame(
        module, function, file, line, hasLine, moduleOffset, null, MissingNode.getInstance());
  }

  static List<List<String>> frameCases() {
    // module, function, file, line, module_offset, expected
    return List.of(
        List.of("module", "", "source/", "23", "0xFFF", "source#23"),
        List.of("module", "", "source\\", "23", "0xFFF", "source#23"),
        List.of("module", "", "/a/b/c/source", "23", "0xFFF", "source#23"),
        List.of("module", "", "\\a\\b\\c\\source", "23", "0xFFF", "source#23"),
        List.of("module", "", "\\a\\b\\c\\source", "", "0xFFF", "module@0xfff"),
        List.of("module", "", "", "23", "0xFFF", "module@0xfff"),
        List.of("module", "", "", "", "0xFFF", "module@0xfff"),
        List.of("", "", "", "", "0xFFF", "@0xfff"),
        // A Rust source file selects Rust normalization (the hash suffix goes)
        List.of(
            "module",
            "expect_failed::h7f635057bfba806a",
            "hg:hg.mozilla.org/a/b:servio/wrapper.rs:44444444444",
            "23",
            "0xFFF",
            "expect_failed"));
  }

  @ParameterizedTest
  @MethodSource("frameCases")
  void normalizeFrame(List<String> c) {
    String module = c.get(0).isEmpty() ? null : c.get(0);
    Frame frame = frame(module, c.get(1), c.get(2), c.get(3), c.get(4));
    assertEquals(c.get(5), normalizer.normalize(frame));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // Function and line number handling
        "fn | fn",
        "fnNeedNumber | fnNeedNumber:23",
        // Function arguments are removed
        "f( *s) | f",
        "f( &s) | f",
        "f( *s , &n) | f",
        "f3(s,t,u) | f3",
        "operator()(s,t,u) | operator()",
        "::(anonymous namespace)::f3(s,t,u) | ::(anonymous namespace)::f3",
        "mozilla::layers::D3D11YCbCrImage::GetAsSourceSurface()"
            + " | mozilla::layers::D3D11YCbCrImage::GetAsSourceSurface",
        "'mozilla::layers::BasicImageLayer::Paint(mozilla::gfx::DrawTarget*,"
            + " mozilla::gfx::PointTyped<mozilla::gfx::UnknownUnits, float> const&,"
            + " mozilla::layers::Layer*)' | mozilla::layers::BasicImageLayer::Paint",
        "void nsDocumentViewer::DestroyPresShell() | nsDocumentViewer::DestroyPresShell",
        "bool CCGraphBuilder::BuildGraph(class js::SliceBudget& const) | CCGraphBuilder::BuildGraph",
        // Template arguments collapse to <T>
        "'f<3>(s,t,u)' | f<T>",
        "'Alpha<Bravo<Charlie>, Delta>::Echo<Foxtrot>' | Alpha<T>::Echo<T>",
        "thread_start<unsigned int (__cdecl*)(void* __ptr64)> | thread_start<T>",
        // Prefixes and return types are dropped
        "'class JSObject* DoCallback<JSObject*>(class JS::CallbackTracer*, class JSObject**, const"
            + " char*)' | DoCallback<T>",
        // ... but not for operator overloads
        "JS::Heap<JSObject*>::operator JSObject* const &() | JS::Heap<T>::operator JSObject* const&",
        // cv/ref qualifiers at the end are dropped
        "JSObject::allocKindForTenure const | JSObject::allocKindForTenure",
        "'mozilla::jni::GlobalRef<mozilla::jni::Object>::operator=(mozilla::jni::Ref<mozilla::jni::Object,"
            + " _jobject*> const&)&' | mozilla::jni::GlobalRef<T>::operator=",
        "mozilla::Maybe<unsigned long>::value() const & | mozilla::Maybe<T>::value",
        // The anonymous namespace has one spelling
        "`anonymous namespace'::foo | (anonymous namespace)::foo",
        "(anonymous namespace)::foo | (anonymous namespace)::foo",
        // Lambda numbers are dropped
        "ShutdownWorkThreads::$_52::__invoke | ShutdownWorkThreads::$::__invoke",
        // PGO cold blocks lose their label
        "nsXPConnect::InitStatics() [clone .cold.638] | 'nsXPConnect::InitStatics '",
        // Unknown symbols in a module keep their brackets
        "<unknown in foobar.dll> | <unknown in foobar.dll>",
      })
  void normalizeCppFunction(String function, String expected) {
    assertEquals(expected, normalizer.normalizeCppFunction(function, "23"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // Build hashes are removed
        "expect_failed::h7f635057bfba806a | expect_failed",
        "expect_failed::h7f6350::blah | expect_failed::h7f6350::blah",
        // Prefixes, return types, types and traits
        "static void servo_arc::Arc<style::gecko_properties::ComputedValues>::drop_slow<style::gecko_properties::ComputedValues>()"
            + " | servo_arc::Arc<T>::drop_slow<T>",
        "static void core::ptr::drop_in_place<style::stylist::CascadeData>(struct"
            + " style::stylist::CascadeData*) | core::ptr::drop_in_place<T>",
        // Trait implementations are not collapsed
        "<rayon_core::job::HeapJob<BODY> as rayon_core::job::Job>::execute"
            + " | <rayon_core::job::HeapJob<BODY> as rayon_core::job::Job>::execute",
      })
  void normalizeRustFunction(String function, String expected) {
    assertEquals(expected, normalizer.normalizeRustFunction(function, "23"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'[{\"module\": \"WINSPOOL.DRV\", \"offsets\": [\"0x0000000000001234\"]}]'"
            + " | (unloaded WINSPOOL.DRV@0x1234)",
        "'[{\"module\": \"WINSPOOL.DRV\", \"offsets\": []}]' | (unloaded WINSPOOL.DRV)",
        "'[{\"module\": \"\", \"offsets\": [\"0x10\"]}]' | @0x7ff612345678",
        "'[]' | @0x7ff612345678",
      })
  void normalizeFrameInUnloadedModule(String unloadedModules, String expected) {
    Frame frame =
        new Frame(null, null, null, null, false, null, "0x00007ff612345678", json(unloadedModules));
    assertEquals(expected, normalizer.normalize(frame));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // A zero line number is no line number
        "'{\"file\": \"a/b.c\", \"line\": 0, \"module\": \"m\", \"module_offset\": \"0x01\"}' | m@0x1",
        // Offsets lose their padding
        "'{\"module\": \"xul.dll\", \"module_offset\": \"0x0000000000032ec0\"}' | xul.dll@0x32ec0",
        // A module without an offset prints like the reference implementation did
        "'{\"module\": \"xul.dll\"}' | xul.dll@None",
      })
  void normalizeStackwalkerFrame(String frame, String expected) {
    assertEquals(expected, normalizer.normalize(Frame.of(json(frame))));
  }
}
