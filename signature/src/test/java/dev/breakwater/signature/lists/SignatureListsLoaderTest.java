package dev.breakwater.signature.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignatureListsLoaderTest {

  @TempDir Path dir;

  @Test
  void shippedListsLoad() {
    SignatureLists lists = SignatureListsLoader.loadIncluded();
    assertEquals("included signature lists", lists.origin());
    assertTrue(lists.sentinels().contains(new SignatureSentinel("_purecall", null)));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        // irrelevant frames
        "irrelevant ; @0x5e39bf21 ; true",
        "irrelevant ; @0x0 ; false",
        "irrelevant ; NtWaitForMultipleObjects ; true",
        "irrelevant ; WaitForMultipleObjectsEx ; true",
        "irrelevant ; <env_logger::Logger as log::Log>::log::{{closure}} ; true",
        "irrelevant ; {virtual override thunk} ; true",
        "irrelevant ; handle_error ; true",
        "irrelevant ; handle_errorf ; false",
        "irrelevant ; mozilla::dom::Element::SetAttr ; false",
        // prefix frames
        "prefix ; @0x0 ; true",
        "prefix ; user2.dll ; true",
        "prefix ; MsgWaitForMultipleObjects ; true",
        "prefix ; moz_abort ; true",
        "prefix ; JS::Call ; true",
        "prefix ; JS::CallOther ; false",
        "prefix ; new[] ; true",
        "prefix ; mozilla::dom::Element::SetAttr ; false",
        // line numbers
        "lineNumbers ; js_Interpret ; true",
        "lineNumbers ; js::RunScript ; false",
        // DLL trimming is case-insensitive
        "trimDll ; xul.dll@0x1234 ; true",
        "trimDll ; NVWGF2UMX.DLL@0x10 ; true",
        "trimDll ; libxul.so@0x10 ; false",
      })
  void shippedListsMatch(String list, String frame, boolean expected) {
    SignatureLists lists = SignatureListsLoader.loadIncluded();
    boolean actual =
        switch (list) {
          case "irrelevant" -> lists.isIrrelevant(frame);
          case "prefix" -> lists.isPrefix(frame);
          case "lineNumbers" -> lists.needsLineNumber(frame);
          default -> lists.isTrimmedModule(frame);
        };
    assertEquals(expected, actual);
  }

  @Test
  void directoryFilesReplaceShippedOnesFileByFile() throws IOException {
    Files.writeString(dir.resolve("prefix_signature_re.txt"), "# mine\n\n  only_this  \n");
    SignatureLists lists = SignatureListsLoader.load(dir);
    assertTrue(lists.isPrefix("only_this_one"));
    assertFalse(lists.isPrefix("malloc"));
    // Files not in the directory come from the shipped copy.
    assertTrue(lists.isIrrelevant("NtWaitForMultipleObjects"));
    assertEquals("signature lists from " + dir, lists.origin());
  }

  @Test
  void invalidRegexIsReportedWithFileAndLine() throws IOException {
    Files.writeString(dir.resolve("irrelevant_signature_re.txt"), "# comment\nfine\nbad(\n");
    InvalidSignatureListException e =
        assertThrows(InvalidSignatureListException.class, () -> SignatureListsLoader.load(dir));
    assertTrue(e.getMessage().contains("irrelevant_signature_re.txt at line 3"), e.getMessage());
  }

  @Test
  void invalidUtf8IsReported() throws IOException {
    Files.write(dir.resolve("signature_sentinels.txt"), new byte[] {'a', (byte) 0xff, '\n'});
    assertThrows(InvalidSignatureListException.class, () -> SignatureListsLoader.load(dir));
  }

  @Test
  void conditionalSentinels() throws IOException {
    Files.writeString(
        dir.resolve("signature_sentinels.txt"),
        "plain\nRPCChannel::Call | requires: CrashReporter::CreatePairedMinidumps\n");
    SignatureLists lists = SignatureListsLoader.load(dir);
    assertEquals(
        List.of(
            new SignatureSentinel("plain", null),
            new SignatureSentinel("RPCChannel::Call", "CrashReporter::CreatePairedMinidumps")),
        lists.sentinels());
    assertFalse(lists.sentinels().get(1).appliesTo(List.of("RPCChannel::Call")));
    assertTrue(
        lists
            .sentinels()
            .get(1)
            .appliesTo(List.of("RPCChannel::Call", "CrashReporter::CreatePairedMinidumps")));
  }

  @Test
  void conditionalSentinelNeedsBothFrames() throws IOException {
    Files.writeString(dir.resolve("signature_sentinels.txt"), "frame | requires: \n");
    assertThrows(InvalidSignatureListException.class, () -> SignatureListsLoader.load(dir));
  }

  @Test
  void emptyListMatchesNothing() throws IOException {
    Files.writeString(dir.resolve("irrelevant_signature_re.txt"), "# nothing is irrelevant\n");
    assertFalse(SignatureListsLoader.load(dir).isIrrelevant("anything"));
  }
}
