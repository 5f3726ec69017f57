package dev.breakwater.processor.rules;

import dev.breakwater.processor.pipeline.ProcessingCrash;
import dev.breakwater.processor.pipeline.ProcessingRule;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sets {@code os_pretty_version}, the name people use for the operating system version: Windows 10
 * rather than Windows NT 10.0.19045, macOS 14 rather than Mac OS X 14.4.1, the Linux distribution's
 * own description. Runs after {@link OsInfoRule}.
 */
public final class OsPrettyVersionRule implements ProcessingRule {
  private static final Pattern MAJOR_MINOR = Pattern.compile("^(\\d+)\\.(\\d+)");
  private static final Map<String, String> WINDOWS =
      Map.ofEntries(
          Map.entry("5.0", "Windows 2000"),
          Map.entry("5.1", "Windows XP"),
          Map.entry("5.2", "Windows Server 2003"),
          Map.entry("6.0", "Windows Vista"),
          Map.entry("6.1", "Windows 7"),
          Map.entry("6.2", "Windows 8"),
          Map.entry("6.3", "Windows 8.1"),
          Map.entry("10.0", "Windows 10"));

  /** Windows 11 still reports 10.0; its builds start at 21996. */
  private static final int FIRST_WINDOWS_11_BUILD = 21996;

  @Override
  public void action(ProcessingCrash report) {
    var processed = report.processedCrash();
    String name = JsonPaths.text(processed, "/os_name", "");
    String version = JsonPaths.text(processed, "/os_version", "");
    String pretty;
    if (name.startsWith("Windows")) {
      pretty = windows(name, version);
    } else if (name.equals("Mac OS X")) {
      pretty = macos(name, version);
    } else if (name.equals("Linux")) {
      pretty = JsonPaths.text(processed, "/json_dump/lsb_release/description", "");
      pretty = pretty.isBlank() ? "Linux" : pretty;
    } else if (name.equals("Android") || name.equals("iOS")) {
      pretty = version.isEmpty() ? name : name + " " + version;
    } else {
      pretty = name;
    }
    processed.put("os_pretty_version", pretty);
  }

  private static String windows(String name, String version) {
    Matcher m = MAJOR_MINOR.matcher(version);
    if (!m.find()) {
      return name;
    }
    String majorMinor = m.group(1) + "." + m.group(2);
    String[] parts = version.split("\\.");
    if (majorMinor.equals("10.0")
        && parts.length > 2
        && build(parts[2]) >= FIRST_WINDOWS_11_BUILD) {
      return "Windows 11";
    }
    return WINDOWS.getOrDefault(majorMinor, "Windows Unknown");
  }

  private static int build(String text) {
    try {
      return Integer.parseInt(text.replaceAll("\\D.*$", ""));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static String macos(String name, String version) {
    Matcher m = MAJOR_MINOR.matcher(version);
    if (!m.find()) {
      return name;
    }
    int major = Integer.parseInt(m.group(1));
    if (major >= 11) {
      return "macOS " + major;
    }
    return major == 10 ? "OS X 10." + m.group(2) : "OS X Unknown";
  }
}
