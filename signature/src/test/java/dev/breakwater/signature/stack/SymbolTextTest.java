package dev.breakwater.signature.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;

class SymbolTextTest {

  static List<List<String>> collapseCases() {
    return List.of(
        List.of("", ""),
        List.of("HeapFree", "HeapFree"),
        List.of("Foo<bar>", "Foo<T>"),
        List.of("<bar>Foo", "<T>Foo"),
        List.of("<bar>", "<T>"),
        List.of("Foo<bar", "Foo<T>"),
        List.of("Foo<bar <baz> >", "Foo<T>"),
        List.of("Foo<bar<baz>", "Foo<T>"),
        List.of(
            "CLayeredObjectWithCLS<CCryptoSession>::Release()",
            "CLayeredObjectWithCLS<T>::Release()"),
        List.of(
            "core::ptr::drop_in_place<style::stylist::CascadeData>", "core::ptr::drop_in_place<T>"),
        // Exceptions: before the token, or inside it
        List.of(
            "<rayon_core::job::HeapJob<BODY> as rayon_core::job::Job>::execute",
            "<rayon_core::job::HeapJob<BODY> as rayon_core::job::Job>::execute"),
        List.of("<name omitted>", "<name omitted>"),
        List.of(
            "IPC::ParamTraits<nsTSubstring<char> >::Write(IPC::Message *,nsTSubstring<char> const &)",
            "IPC::ParamTraits<nsTSubstring<T> >::Write(IPC::Message *,nsTSubstring<T> const &)"));
  }

  @ParameterizedTest
  @MethodSource("collapseCases")
  void collapse(List<String> testCase) {
    List<String> exceptions = List.of("name omitted", "IPC::ParamTraits", " as ");
    assertEquals(
        testCase.get(1), SymbolText.collapse(testCase.get(0), '<', '>', "<T>", exceptions));
  }

  static List<List<String>> dropPrefixCases() {
    return List.of(
        // C/C++
        List.of("`anonymous namespace'::xClose", "`anonymous namespace'::xClose"),
        List.of(
            "bool CCGraphBuilder::BuildGraph(class js::SliceBudget & const)",
            "CCGraphBuilder::BuildGraph(class js::SliceBudget & const)"),
        List.of(
            "int nsHtml5Tokenizer::stateLoop<nsHtml5SilentPolicy>(int, char16_t, int, char16_t*,"
                + " bool, int, int)",
            "nsHtml5Tokenizer::stateLoop<nsHtml5SilentPolicy>(int, char16_t, int, char16_t*, bool,"
                + " int, int)"),
        List.of(
            "js::ObjectGroup* DoCallback<js::ObjectGroup*>(JS::CallbackTracer*, js::ObjectGroup**,"
                + " char const*)",
            "DoCallback<js::ObjectGroup*>(JS::CallbackTracer*, js::ObjectGroup**, char const*)"),
        List.of(
            "js::Shape* js::Allocate<js::Shape, (js::AllowGC)1>(JSContext*)",
            "js::Allocate<js::Shape, (js::AllowGC)1>(JSContext*)"),
        List.of(
            "long sandbox::TargetNtCreateFile( *, void * *, unsigned long, struct _OBJECT_ATTRIBUTES"
                + " *, struct _IO_STATUS_BLOCK *, union _LARGE_INTEGER *, unsigned long, unsigned"
                + " long, unsigned long, unsigned long, void *, unsigned long)",
            "sandbox::TargetNtCreateFile( *, void * *, unsigned long, struct _OBJECT_ATTRIBUTES *,"
                + " struct _IO_STATUS_BLOCK *, union _LARGE_INTEGER *, unsigned long, unsigned long,"
                + " unsigned long, unsigned long, void *, unsigned long)"),
        List.of(
            "static `anonymous-namespace'::reflectStatus `anonymous"
                + " namespace'::internal_ReflectHistogramAndSamples(struct JSContext *, class"
                + " JS::Handle<JSObject *>, class base::Histogram *, const class"
                + " base::Histogram::SampleSet & const)",
            "`anonymous namespace'::internal_ReflectHistogramAndSamples(struct JSContext *, class"
                + " JS::Handle<JSObject *>, class base::Histogram *, const class"
                + " base::Histogram::SampleSet & const)"),
        List.of(
            "static bool `anonymous namespace'::TypeAnalyzer::specializePhis()",
            "`anonymous namespace'::TypeAnalyzer::specializePhis()"),
        List.of(
            "static char * dtoa(struct DtoaState *, union U, int, int, int *, int *, char * *)",
            "dtoa(struct DtoaState *, union U, int, int, int *, int *, char * *)"),
        List.of(
            "static class js::HashSet<js::Shape *,js::ShapeHasher,js::SystemAllocPolicy> *"
                + " HashChildren(class js::Shape *, class js::Shape *)",
            "HashChildren(class js::Shape *, class js::Shape *)"),
        List.of(
            "static class mozilla::dom::Element * GetPropagatedScrollbarStylesForViewport(class"
                + " nsPresContext *, struct mozilla::ScrollbarStyles *)",
            "GetPropagatedScrollbarStylesForViewport(class nsPresContext *, struct"
                + " mozilla::ScrollbarStyles *)"),
        List.of(
            "static const class SkTMaskGamma<3,3,3> & const cached_mask_gamma(float, float, float)",
            "cached_mask_gamma(float, float, float)"),
        List.of(
            "static short ssl_Poll(struct PRFileDesc *, short, short *)",
            "ssl_Poll(struct PRFileDesc *, short, short *)"),
        List.of(
            "static struct already_AddRefed<nsIAsyncShutdownClient> `anonymous"
                + " namespace'::GetShutdownPhase()",
            "`anonymous namespace'::GetShutdownPhase()"),
        List.of(
            "static struct Index * sqlite3FindIndex(struct sqlite3 *, const char *, const char *)",
            "sqlite3FindIndex(struct sqlite3 *, const char *, const char *)"),
        List.of("static unsigned int pr_root(void *)", "pr_root(void *)"),
        List.of(
            "static void * Allocator<MozJemallocBase>::malloc(unsigned __int64)",
            "Allocator<MozJemallocBase>::malloc(unsigned __int64)"),
        List.of(
            "static void * * NewUNumberFormat(struct JSContext *, class"
                + " JS::Handle<js::NumberFormatObject *>)",
            "NewUNumberFormat(struct JSContext *, class JS::Handle<js::NumberFormatObject *>)"),
        List.of(
            "void mozilla::layers::MLGDeviceD3D11::~MLGDeviceD3D11()",
            "mozilla::layers::MLGDeviceD3D11::~MLGDeviceD3D11()"),
        List.of(
            "void * arena_t::MallocSmall(unsigned int, bool)",
            "arena_t::MallocSmall(unsigned int, bool)"),
        // Rust
        List.of(
            "bool prefs_parser::prefs_parser_parse(char *, prefs_parser::PrefValueKind, char *,"
                + " unsigned __int64,  *,  *)",
            "prefs_parser::prefs_parser_parse(char *, prefs_parser::PrefValueKind, char *, unsigned"
                + " __int64,  *,  *)"),
        List.of(
            "float geckoservo::glue::Servo_AnimationValue_GetOpacity(struct"
                + " style::gecko_bindings::structs::root::RawServoAnimationValue *)",
            "geckoservo::glue::Servo_AnimationValue_GetOpacity(struct"
                + " style::gecko_bindings::structs::root::RawServoAnimationValue *)"),
        List.of(
            "static <NoType> std::panicking::begin_panic<str*>(struct str*, struct (str*, u32, u32)"
                + " *)",
            "std::panicking::begin_panic<str*>(struct str*, struct (str*, u32, u32) *)"),
        List.of(
            "static core::result::Result style::properties::PropertyDeclaration::to_css(struct"
                + " nsstring::nsAString *)",
            "style::properties::PropertyDeclaration::to_css(struct nsstring::nsAString *)"),
        List.of(
            "static struct atomic_refcell::AtomicRefMut<style::data::ElementData>"
                + " style::gecko::wrapper::{{impl}}::ensure_data(struct"
                + " style::gecko::wrapper::GeckoElement *)",
            "style::gecko::wrapper::{{impl}}::ensure_data(struct style::gecko::wrapper::GeckoElement"
                + " *)"),
        List.of(
            "static union core::option::Option<usize>"
                + " encoding_rs::Encoder::max_buffer_length_from_utf16_without_replacement(unsigned"
                + " __int64)",
            "encoding_rs::Encoder::max_buffer_length_from_utf16_without_replacement(unsigned"
                + " __int64)"),
        List.of(
            "static unsigned __int64 style::gecko::pseudo_element::PseudoElement::index()",
            "style::gecko::pseudo_element::PseudoElement::index()"),
        List.of(
            "static void alloc::boxed::{{impl}}::call_box<(),closure>(struct closure *, <NoType>)",
            "alloc::boxed::{{impl}}::call_box<(),closure>(struct closure *, <NoType>)"),
        List.of("static void core::option::expect_failed()", "core::option::expect_failed()"),
        List.of(
            "struct"
                + " style::gecko_bindings::sugar::ownership::Strong<style::gecko_bindings::structs::root::RawServoStyleSheetContents>"
                + " geckoservo::glue::Servo_StyleSheet_Empty(style::gecko_bindings::structs::root::mozilla::css::SheetParsingMode)",
            "geckoservo::glue::Servo_StyleSheet_Empty(style::gecko_bindings::structs::root::mozilla::css::SheetParsingMode)"),
        List.of(
            "unsigned int encoding_glue::mozilla_encoding_encode_from_utf16(struct"
                + " encoding_rs::Encoding * *, unsigned short *, unsigned int, struct"
                + " nsstring::nsACString *)",
            "encoding_glue::mozilla_encoding_encode_from_utf16(struct encoding_rs::Encoding * *,"
                + " unsigned short *, unsigned int, struct nsstring::nsACString *)"),
        List.of(
            "void geckoservo::glue::Servo_MaybeGCRuleTree(struct"
                + " style::gecko_bindings::bindings::RawServoStyleSet *)",
            "geckoservo::glue::Servo_MaybeGCRuleTree(struct"
                + " style::gecko_bindings::bindings::RawServoStyleSet *)"),
        // Whitespace between the function and its arguments, and [clone .cold.xxx]
        List.of(
            "[thunk]:CShellItem::QueryInterface`adjustor{12}' (_GUID const&, void**)",
            "[thunk]:CShellItem::QueryInterface`adjustor{12}' (_GUID const&, void**)"),
        List.of(
            "nsXPConnect::InitStatics() [clone .cold.638]",
            "nsXPConnect::InitStatics() [clone .cold.638]"),
        List.of(
            "js::AssertObjectIsSavedFrameOrWrapper(JSContext*, JS::Handle<JSObject*>) [clone"
                + " .isra.234] [clone .cold.687]",
            "js::AssertObjectIsSavedFrameOrWrapper(JSContext*, JS::Handle<JSObject*>) [clone"
                + " .isra.234] [clone .cold.687]"),
        // An aberrant case
        List.of(
            "(anonymous namespace)::EnqueueTask(already_AddRefed<nsIRunnable>, int)",
            "(anonymous namespace)::EnqueueTask(already_AddRefed<nsIRunnable>, int)"));
  }

  @ParameterizedTest
  @MethodSource("dropPrefixCases")
  void dropPrefixAndReturnType(List<String> testCase) {
    assertEquals(testCase.get(1), SymbolText.dropPrefixAndReturnType(testCase.get(0)));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "hg:hg.mozilla.org/releases/mozilla-release:js/src/vm/JSFunction.cpp:7d280b7e277b82ef282325fefb601c10698e075b"
            + " | js/src/vm/JSFunction.cpp",
        "git:github.com/rust-lang/rust:src/libcore/cmp.rs:4d90ac38c0b61bb69470b61ea2cccea0df48d9e5"
            + " | src/libcore/cmp.rs",
        "f:\\dd\\vctools\\crt\\crtw32\\mbstring\\mbsnbico.c"
            + " | \\dd\\vctools\\crt\\crtw32\\mbstring\\mbsnbico.c",
        "d:\\w7rtm\\com\\rpc\\ndrole\\udt.cxx | \\w7rtm\\com\\rpc\\ndrole\\udt.cxx",
        "/build/firefox-Kq_6Wg/firefox-54.0+build3/memory/mozjemalloc/jemalloc.c"
            + " | /build/firefox-Kq_6Wg/firefox-54.0+build3/memory/mozjemalloc/jemalloc.c",
      })
  void parseSourceFile(String sourceFile, String expected) {
    assertEquals(expected, SymbolText.parseSourceFile(sourceFile));
  }

  @ParameterizedTest
  @NullSource
  @CsvSource({"relative/path.c", "a:b:c"})
  void parseSourceFileWithoutAPath(String sourceFile) {
    assertNull(SymbolText.parseSourceFile(sourceFile));
  }

  static List<List<String>> badCharacterCases() {
    return List.of(
        List.of("", ""),
        List.of("123", "123"),
        // Non-ASCII characters are dropped
        List.of("1\u00c6\u008a23", "123"),
        List.of("1\u018a23", "123"),
        // Whitespace other than space is dropped
        List.of("\r\n\t1 23", "1 23"),
        // Non-printable characters are dropped
        List.of("\0\b1 23", "1 23"));
  }

  @ParameterizedTest
  @MethodSource("badCharacterCases")
  void dropBadCharacters(List<String> testCase) {
    assertEquals(testCase.get(1), SymbolText.dropBadCharacters(testCase.get(0)));
  }

  @ParameterizedTest
  @CsvSource({
    "0x0000000000032ec0, 0x32ec0",
    "0x00000000, 0x0",
    "0xFFF, 0xfff",
    "ff, 0xff",
    "0xffffffffffffffffff, 0xffffffffffffffffff",
    "not hex, not hex",
    "0x, 0x",
  })
  void stripLeadingZeros(String offset, String expected) {
    assertEquals(expected, SymbolText.stripLeadingZeros(offset));
  }
}
