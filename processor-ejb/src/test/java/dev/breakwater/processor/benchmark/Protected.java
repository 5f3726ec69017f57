package dev.breakwater.processor.benchmark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.processor.benchmark.Catalog.Product;
import java.util.Random;

/**
 * The protected fields of a generated crash (those only {@code view_pii} may see), present in some
 * crashes only, as in real ones: the page's URL, the reporter's e-mail and comments, crash reasons
 * that may carry personal data.
 */
final class Protected {
  private static final String[] SITES = {
    "https://www.youtube.com/watch?v=", "https://mail.google.com/mail/u/0/#inbox/",
    "https://www.reddit.com/r/firefox/comments/", "https://docs.google.com/document/d/",
    "https://www.amazon.com/dp/", "https://github.com/mozilla/gecko-dev/pull/"
  };
  private static final String[] COMMENTS = {
    "Firefox crashed while I was watching a video, again.",
    "It happened when I opened a second window with a lot of tabs restored from the last session.",
    "Crashed on startup after the update. Disabled all add-ons and it still crashes.",
    "Was printing a PDF from the built-in viewer.",
    "Just browsing, nothing special. Third time today."
  };
  private static final String[] MOZ_CRASH_REASONS = {
    "MOZ_RELEASE_ASSERT(!mHasBeenDestroyed)", "MOZ_CRASH(Shutdown hanging at step XPCOMShutdown.)",
    "MOZ_DIAGNOSTIC_ASSERT(mRefCnt > 0)", "Failed to load module \"nss3.dll\""
  };

  private Protected() {}

  static void fill(ObjectNode crash, Random random, Product product) {
    if (random.nextInt(5) < 2) {
      crash.put(
          "url",
          SignatureNames.pick(random, SITES)
              + Long.toHexString(random.nextLong())
              + "?ref="
              + Integer.toHexString(random.nextInt()));
    }
    if (random.nextInt(25) == 0) {
      crash.put("email", "user" + random.nextInt(100_000) + "@example.com");
      crash.put("user_comments", SignatureNames.pick(random, COMMENTS));
    } else if (random.nextInt(20) == 0) {
      crash.put("user_comments", SignatureNames.pick(random, COMMENTS));
    }
    if (random.nextInt(6) == 0) {
      crash.put("moz_crash_reason", SignatureNames.pick(random, MOZ_CRASH_REASONS));
    }
    if (product.mobile() && random.nextInt(4) == 0) {
      crash.put("java_stack_trace", javaStack(random));
      crash.put(
          "abort_message",
          "Fatal signal 6 (SIGABRT), code -1 (SI_QUEUE) in tid " + random.nextInt(30000));
    }
    if (random.nextInt(100) == 0) {
      ((ObjectNode) crash.get("collector_metadata"))
          .put("collector_notes", "ProductName rewritten to Firefox");
    }
  }

  private static String javaStack(Random random) {
    StringBuilder stack =
        new StringBuilder("java.lang.IllegalStateException: Fragment not attached to a context.\n");
    int frames = 8 + random.nextInt(20);
    for (int i = 0; i < frames; i++) {
      stack
          .append("\tat org.mozilla.fenix.components.Frame")
          .append(random.nextInt(400))
          .append(".invoke(Frame.kt:")
          .append(random.nextInt(900))
          .append(")\n");
    }
    return stack.toString();
  }
}
