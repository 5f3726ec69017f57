package dev.breakwater.minidump.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.breakwater.minidump.MinidumpProcessor;
import dev.breakwater.minidump.ProcessOptions;
import dev.breakwater.minidump.format.CrashpadInfo;
import dev.breakwater.minidump.model.CallStack;
import dev.breakwater.minidump.model.ProcessState;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The optional streams of real dumps: thread names, Crashpad annotations, Linux /proc copies. */
class CorpusStreamsTest {
  static ProcessState process(String dump) {
    Corpus corpus = Corpus.open(Path.of("target", "conformance"));
    return MinidumpProcessor.process(corpus.root().resolve(dump), null, ProcessOptions.DEFAULT);
  }

  @Test
  void threadNamesFromTheThreadNameList() {
    ProcessState state = process("breakpad/thread_name_list.dmp");
    List<String> names = state.threads().stream().map(CallStack::threadName).toList();
    assertEquals("main thread", names.get(0));
    assertNull(names.get(1));
    assertEquals("sleep thread", names.get(4));
    assertEquals("overflow thread", names.get(5));
  }

  @Test
  void crashpadAnnotationsOfTheProcessAndItsModules() {
    CrashpadInfo info = process("breakpad/minidump_crashpad_annotation.dmp").extras().crashpad();
    assertEquals("725058a6-7289-480f-8a41-517bd0ba216b", info.reportId());
    assertEquals("iOS", info.simpleAnnotations().get("plat"));
    CrashpadInfo.ModuleAnnotations module = info.modules().get(0);
    assertEquals(1, module.moduleIndex());
    assertEquals("NSRangeException", module.annotationObjects().get("exceptionName"));
    assertTrue(info.modules().get(1).listAnnotations().get(0).startsWith("CoreSimulator"));
  }

  @Test
  void linuxProcStreams() {
    ProcessState state = process("rust-minidump/testdata/linux-mini.dmp");
    assertEquals("Ubuntu", state.extras().lsbRelease().get("DISTRIB_ID"));
    assertEquals(35, state.extras().linuxMapsCount());
    assertTrue(state.extras().linuxProcStatus().contains("Pid:"));
    assertTrue(state.extras().linuxAuxv().size() > 10);
  }
}
