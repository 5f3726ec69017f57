package dev.breakwater.processor.benchmark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.processor.benchmark.Catalog.Os;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/** The module and source-file fields of a generated crash, as the processor's rules write them. */
final class Modules {
  private static final String[] WINDOWS = {
    "xul.dll",
    "mozglue.dll",
    "ntdll.dll",
    "kernelbase.dll",
    "nss3.dll",
    "d3d11.dll",
    "user32.dll",
    "nvwgf2umx.dll",
    "igd10iumd64.dll",
    "freebl3.dll"
  };
  private static final String[] MAC = {
    "XUL", "libmozglue.dylib", "libsystem_kernel.dylib", "CoreFoundation", "AppKit", "Metal"
  };
  private static final String[] UNIX = {
    "libxul.so",
    "libmozgtk.so",
    "libc.so.6",
    "libglib-2.0.so.0",
    "libEGL.so",
    "libart.so",
    "libandroid_runtime.so"
  };
  private static final String[] SOURCES = {
    "dom/base/Document.cpp",
    "gfx/layers/ipc/CompositorBridgeParent.cpp",
    "js/src/gc/Marking.cpp",
    "xpcom/threads/nsThread.cpp",
    "ipc/glue/MessageChannel.cpp",
    "netwerk/protocol/http/nsHttpChannel.cpp",
    "widget/windows/nsWindow.cpp",
    "gfx/wr/webrender/src/renderer/mod.rs",
    "dom/media/MediaDecoderStateMachine.cpp"
  };
  private static final String[] GRAPHICS = {
    "FP(D00-L1000-W00000000-T000) DWrite? DWrite+ D2D1.1+ D2D1.1? DX12? WebGPU? ",
    "AdapterVendorID: 0x8086, AdapterDeviceID: 0x9a49, AdapterDriverVersion: 31.0.101.4502 ",
    "WR? WR+ GL Context? GL Context+ ",
    "EGL? EGL+ GL Context? GL Context+ WebGL? "
  };

  private Modules() {}

  static void fill(ObjectNode crash, Random random, Os os, int rank) {
    String[] names =
        switch (os.platform()) {
          case "Windows" -> WINDOWS;
          case "macOS" -> MAC;
          default -> UNIX;
        };
    // The crashing module and file follow the signature, as they would in real crashes.
    Random bySignature = new Random(rank * 7919L + names.length);
    List<String> inStack = new ArrayList<>();
    int count = 3 + bySignature.nextInt(6);
    for (int i = 0; i < count; i++) {
      inStack.add(names[bySignature.nextInt(names.length)] + "/" + debugId(bySignature));
    }
    crash.put("modules_in_stack", String.join(";", inStack));
    crash.put("topmost_filenames", SignatureNames.pick(bySignature, SOURCES));
    if (random.nextInt(5) == 0) {
      crash.put("missing_symbols", names[random.nextInt(names.length)] + "/" + debugId(random));
    }
    if (random.nextInt(20) == 0) {
      crash.putArray("additional_minidumps").add("browser");
    }
    crash.put(
        "app_notes",
        SignatureNames.pick(random, GRAPHICS) + SignatureNames.pick(random, GRAPHICS).trim());
    if (random.nextInt(50) == 0) {
      crash.put("ipc_channel_error", "ShutDownKill");
      crash.put("ipc_message_name", "PContent::Msg_AsyncMessage");
    }
  }

  private static String debugId(Random random) {
    byte[] id = new byte[16];
    random.nextBytes(id);
    return HexFormat.of().withUpperCase().formatHex(id) + "0";
  }
}
