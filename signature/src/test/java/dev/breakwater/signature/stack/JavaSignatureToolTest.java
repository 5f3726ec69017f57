package dev.breakwater.signature.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.breakwater.signature.stack.StackSignatureTool.Generated;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JavaSignatureToolTest {

  private final JavaSignatureTool tool = new JavaSignatureTool();

  private Generated generate(String stackTrace) {
    return tool.generate(TextNode.valueOf(stackTrace), ": ");
  }

  @Test
  void notAStackTrace() {
    Generated generated = tool.generate(IntNode.valueOf(17), ": ");
    assertEquals("EMPTY: Java stack trace not in expected format", generated.signature());
    assertEquals(
        List.of("JavaSignatureTool: stack trace not in expected format"), generated.notes());
  }

  record Case(String name, String stackTrace, String signature, List<String> notes) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Case> cases() {
    String longDescription = "t".repeat(1000);
    return List.of(
        new Case(
            "frame with line number",
            "SomeJavaException: totally made up  \nat org.mozilla.lars.myInvention(larsFile.java:666)",
            "SomeJavaException: totally made up at org.mozilla.lars.myInvention(larsFile.java)",
            List.of()),
        new Case(
            "frame without line number",
            "SomeJavaException: totally made up  \nat org.mozilla.lars.myInvention(larsFile.java)",
            "SomeJavaException: totally made up at org.mozilla.lars.myInvention(larsFile.java)",
            List.of()),
        new Case(
            "long description",
            "   SomeJavaException: "
                + longDescription
                + " \nat org.mozilla.lars.myInvention(larsFile.java)",
            "SomeJavaException: at org.mozilla.lars.myInvention(larsFile.java)",
            List.of("JavaSignatureTool: dropped Java exception description due to length")),
        new Case(
            "long description with line number",
            "   SomeJavaException: "
                + longDescription
                + "  \nat org.mozilla.lars.myInvention(larsFile.java:1234)",
            "SomeJavaException: at org.mozilla.lars.myInvention(larsFile.java)",
            List.of("JavaSignatureTool: dropped Java exception description due to length")),
        new Case(
            "no description",
            "   SomeJavaException\nat org.mozilla.lars.myInvention(larsFile.java:1234)",
            "SomeJavaException: at org.mozilla.lars.myInvention(larsFile.java)",
            List.of("JavaSignatureTool: stack trace line 1 is not in the expected format")),
        new Case(
            "line break but no second line",
            "SomeJavaException: totally made up  \n",
            "SomeJavaException: totally made up",
            List.of("JavaSignatureTool: stack trace line 2 is missing")),
        new Case(
            "no second line",
            "SomeJavaException: totally made up  ",
            "SomeJavaException: totally made up",
            List.of("JavaSignatureTool: stack trace line 2 is missing")),
        new Case(
            "leading whitespace",
            "   SomeJavaException: totally made up  \n"
                + "at org.mozilla.lars.myInvention(foolarsFile.java:1234)",
            "SomeJavaException: totally made up at"
                + " org.mozilla.lars.myInvention(foolarsFile.java)",
            List.of()),
        new Case(
            "replace address",
            """
            java.lang.IllegalArgumentException: Given view not a child of android.widget.AbsoluteLayout@4054b560
            \tat android.view.ViewGroup.updateViewLayout(ViewGroup.java:1968)
            \tat org.mozilla.gecko.GeckoApp.repositionPluginViews(GeckoApp.java:1492)
            \tat dalvik.system.NativeStart.main(Native Method)""",
            "java.lang.IllegalArgumentException: Given view not a child of"
                + " android.widget.AbsoluteLayout@<addr>: at"
                + " android.view.ViewGroup.updateViewLayout(ViewGroup.java)",
            List.of()),
        new Case(
            "replace address with trailing text",
            """
            android.view.WindowManager$BadTokenException: Unable to add window -- token android.os.BinderProxy@406237c0 is not valid; is your activity running?
            \tat android.view.ViewRoot.setView(ViewRoot.java:533)
            \tat android.view.WindowManagerImpl.addView(WindowManagerImpl.java:202)
            """,
            "android.view.WindowManager$BadTokenException: Unable to add window -- token"
                + " android.os.BinderProxy@<addr> is not valid; is your activity running? at"
                + " android.view.ViewRoot.setView(ViewRoot.java)",
            List.of()),
        new Case(
            "replace address with trailing whitespace",
            """
            java.lang.IllegalArgumentException: Receiver not registered: org.mozilla.gecko.GeckoNetworkManager@405afea8
            \tat android.app.LoadedApk.forgetReceiverDispatcher(LoadedApk.java:610)
            \tat android.app.ContextImpl.unregisterReceiver(ContextImpl.java:883)
            """,
            "java.lang.IllegalArgumentException: Receiver not registered:"
                + " org.mozilla.gecko.GeckoNetworkManager@<addr>: at"
                + " android.app.LoadedApk.forgetReceiverDispatcher(LoadedApk.java)",
            List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void generate(Case c) {
    Generated generated = generate(c.stackTrace());
    assertEquals(c.signature(), generated.signature());
    assertEquals(c.notes(), generated.notes());
  }

  @Test
  void addressOutsideTheDescriptionIsLeftAlone() {
    JsonNode trace =
        TextNode.valueOf(
            "SomeJavaException: totally made up  \n"
                + "at org.mozilla.lars.myInvention(larsFile.java:@abef1234)");
    Generated generated = tool.generate(trace, " ");
    assertEquals(
        "SomeJavaException totally made up at"
            + " org.mozilla.lars.myInvention(larsFile.java:@abef1234)",
        generated.signature());
    assertEquals(List.of(), generated.notes());
  }
}
