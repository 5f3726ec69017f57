package dev.breakwater.processor.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Signatures as the signature generator makes them, one per rank: the top ranks are the well-known
 * catch-all signatures, the rest are one to three C++ or Java frames joined with {@code " | "}. The
 * same rank always gives the same signature, and its proto signature (the longer frame list the
 * signature was cut from).
 */
final class SignatureNames {
  private static final List<String> WELL_KNOWN =
      List.of(
          "OOM | small",
          "shutdownhang | nsThread::Shutdown",
          "IPCError-browser | ShutDownKill",
          "EMPTY: no frame data available",
          "OOM | large | mozalloc_abort | moz_xmalloc | mozilla::BufferList<T>::AllocateSegment",
          "mozilla::ipc::MessageChannel::Send",
          "libxul.so@0x4c2f1a0 | libxul.so@0x4c2e3b1",
          "java.lang.IllegalStateException: at android.app.ActivityThread.handleReceiver");
  private static final String[] NAMESPACES = {
    "mozilla",
    "mozilla::dom",
    "mozilla::gfx",
    "mozilla::layers",
    "mozilla::net",
    "mozilla::ipc",
    "js",
    "js::gc",
    "js::jit",
    "mozilla::widget",
    "mozilla::a11y",
    "mozilla::media",
    "webrender",
    "nsContentUtils",
    "mozilla::wr",
    "mozilla::image",
    "mozilla::places",
    "mozilla::storage"
  };
  private static final String[] CLASSES = {
    "Document",
    "Element",
    "BrowserParent",
    "ContentParent",
    "CompositorBridgeParent",
    "Renderer",
    "HttpChannelChild",
    "nsHttpConnection",
    "Zone",
    "Arena",
    "MacroAssembler",
    "WindowSurface",
    "AudioSink",
    "MediaDecoderStateMachine",
    "DrawTargetSkia",
    "SourceSurface",
    "Accessible",
    "TextureClient",
    "WebGLContext",
    "ServiceWorkerManager",
    "IDBTransaction",
    "nsWindow",
    "PresShell",
    "nsFrame",
    "ScriptLoader",
    "Promise",
    "WorkerPrivate",
    "CacheIndex"
  };
  private static final String[] METHODS = {
    "Init",
    "Shutdown",
    "Destroy",
    "Run",
    "OnMessageReceived",
    "Paint",
    "Flush",
    "Dispatch",
    "HandleEvent",
    "Update",
    "Resolve",
    "Release",
    "AddRef",
    "Compile",
    "Trace",
    "Sweep",
    "Read",
    "Write",
    "Close",
    "Open",
    "Notify",
    "CreateTexture",
    "BeginTransaction",
    "EndTransaction",
    "RecvUpdate",
    "ProcessNextEvent",
    "Allocate",
    "Reflow",
    "Invalidate",
    "Finalize"
  };
  private static final String[] JAVA_FRAMES = {
    "org.mozilla.gecko.GeckoThread.run", "mozilla.components.browser.engine.gecko.GeckoEngineView",
    "android.view.ViewRootImpl.performTraversals", "org.mozilla.fenix.HomeActivity.onCreate",
    "androidx.fragment.app.FragmentManager.executeOps", "kotlinx.coroutines.DispatchedTask.run",
    "android.os.Handler.dispatchMessage", "org.mozilla.geckoview.GeckoSession.open"
  };

  private final long seed;

  SignatureNames(long seed) {
    this.seed = seed;
  }

  /** The signature of a rank; {@code java} picks Android's mix of Java and native frames. */
  String signature(int rank, boolean java) {
    if (rank < WELL_KNOWN.size()) {
      return WELL_KNOWN.get(rank);
    }
    Random random = random(rank, java);
    int frames = 1 + random.nextInt(3);
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < frames; i++) {
      parts.add(java && random.nextInt(3) == 0 ? javaFrame(random) : frame(random));
    }
    return String.join(" | ", parts);
  }

  /** The longer frame list of the same crash, from which the signature was taken. */
  String protoSignature(int rank, boolean java) {
    Random random = random(rank ^ 0x5bd1e995, java);
    List<String> parts = new ArrayList<>(List.of(signature(rank, java)));
    int more = 4 + random.nextInt(12);
    for (int i = 0; i < more; i++) {
      parts.add(frame(random));
    }
    return String.join(" | ", parts);
  }

  private Random random(int rank, boolean java) {
    return new Random(seed * 31 + rank * 2L + (java ? 1 : 0));
  }

  private static String frame(Random random) {
    String frame =
        pick(random, NAMESPACES) + "::" + pick(random, CLASSES) + "::" + pick(random, METHODS);
    return random.nextInt(4) == 0 ? frame + "<" + pick(random, CLASSES) + ">" : frame;
  }

  private static String javaFrame(Random random) {
    return pick(random, JAVA_FRAMES) + "$" + (1 + random.nextInt(9));
  }

  static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }
}
