package dev.breakwater.processor.rules;

import dev.breakwater.processor.pipeline.ProcessingCrash;
import dev.breakwater.processor.pipeline.ProcessingRule;
import java.util.Locale;
import java.util.Map;

/**
 * Sets {@code platform}, the operating system family used for facets and signature decisions
 * (Windows, macOS, Linux, Android, iOS), from the minidump's OS, else from the crash reporter's
 * {@code plat}/{@code platform} annotation (Crashpad and Electron send win32, darwin, linux). Runs
 * after {@link OsInfoRule}.
 */
public final class PlatformRule implements ProcessingRule {
  private static final Map<String, String> BY_OS_NAME =
      Map.of(
          "windows nt",
          "Windows",
          "mac os x",
          "macOS",
          "linux",
          "Linux",
          "android",
          "Android",
          "ios",
          "iOS");
  private static final Map<String, String> BY_ANNOTATION =
      Map.of(
          "win32", "Windows", "darwin", "macOS", "linux", "Linux", "android", "Android", "ios",
          "iOS");

  @Override
  public void action(ProcessingCrash report) {
    var processed = report.processedCrash();
    String osName = JsonPaths.text(processed, "/os_name", "").toLowerCase(Locale.ROOT);
    String platform = BY_OS_NAME.get(osName);
    if (platform == null) {
      String annotation =
          JsonPaths.text(
              report.rawCrash(), "/plat", JsonPaths.text(report.rawCrash(), "/platform", ""));
      platform = BY_ANNOTATION.getOrDefault(annotation.toLowerCase(Locale.ROOT), "Unknown");
    }
    processed.put("platform", platform);
  }
}
