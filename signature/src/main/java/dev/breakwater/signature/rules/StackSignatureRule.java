package dev.breakwater.signature.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.breakwater.signature.CrashData;
import dev.breakwater.signature.SignatureRule;
import dev.breakwater.signature.SignatureState;
import dev.breakwater.signature.lists.SignatureLists;
import dev.breakwater.signature.lists.SignatureListsSource;
import dev.breakwater.signature.stack.FrameListBuilder;
import dev.breakwater.signature.stack.FrameNormalizer;
import dev.breakwater.signature.stack.JavaSignatureTool;
import dev.breakwater.signature.stack.StackSignatureTool;
import dev.breakwater.signature.stack.StackSignatureTool.Generated;
import java.util.List;

/**
 * Generates the base signature from the crashing thread's stack (or from the Java stack trace of a
 * Java crash) and records the proto signature: all normalized frames of that stack.
 */
public final class StackSignatureRule implements SignatureRule {

  private final SignatureListsSource lists;
  private final JavaSignatureTool javaTool = new JavaSignatureTool();

  public StackSignatureRule(SignatureListsSource lists) {
    this.lists = lists;
  }

  /**
   * Socorro's name for this rule: notes and debug logs carry it, and people who compare them with
   * Socorro's (or search processor notes for it) expect it.
   */
  @Override
  public String name() {
    return "SignatureGenerationRule";
  }

  @Override
  public void action(CrashData crash, SignatureState state) {
    JsonNode javaStackTrace = crash.javaStackTrace();
    if (javaStackTrace.isTextual() && !javaStackTrace.textValue().isEmpty()) {
      state.debug(name(), "using JavaSignatureTool");
      report(state, javaTool.generate(javaStackTrace, ": "));
      return;
    }
    state.debug(name(), "using CSignatureTool");
    SignatureLists current = lists.current();
    Integer crashingThread = crash.crashingThread();
    List<String> frames = List.of();
    if (crashingThread != null) {
      FrameListBuilder builder = new FrameListBuilder(new FrameNormalizer(current));
      frames = builder.normalizedFrames(crash.thread(crashingThread), isWindows(crash));
    }
    Generated generated =
        new StackSignatureTool(current).generate(frames, crash.hangType(), crashingThread);
    if (!frames.isEmpty()) {
      state.setProtoSignature(String.join(" | ", frames));
    }
    report(state, generated);
  }

  private void report(SignatureState state, Generated generated) {
    generated.notes().forEach(note -> state.info(name(), note));
    generated.debugNotes().forEach(note -> state.debug(name(), note));
    if (!generated.signature().isEmpty()) {
      state.setSignature(name(), generated.signature());
    }
  }

  private static boolean isWindows(CrashData crash) {
    return "Windows NT".equals(crash.os());
  }
}
