package dev.breakwater.processor.benchmark;

import static dev.breakwater.processor.benchmark.Weighted.w;

import java.util.List;

/**
 * What the generated crashes are made of: Mozilla's products with their versions and channels, and
 * the platforms each runs on, weighted roughly as crash-stats sees them.
 */
final class Catalog {
  private Catalog() {}

  /** One release of a product. */
  record Release(String version, String channel, String buildDay) {
    int majorVersion() {
      return Integer.parseInt(version.substring(0, version.indexOf('.')));
    }
  }

  /** One operating system version as the minidump names it. */
  record Os(String platform, String osName, String osVersion, String pretty, String cpuArch) {}

  /** A product: its releases, the platforms it runs on, the process types that crash. */
  record Product(
      String name,
      Weighted<Release> releases,
      Weighted<Os> systems,
      Weighted<String> processTypes) {
    boolean mobile() {
      return systems.values().stream().allMatch(o -> o.platform().equals("Android"));
    }
  }

  static final Weighted<Os> DESKTOP =
      Weighted.of(
          w(40, new Os("Windows", "Windows NT", "10.0.19045", "Windows 10", "amd64")),
          w(22, new Os("Windows", "Windows NT", "10.0.22631", "Windows 11", "amd64")),
          w(4, new Os("Windows", "Windows NT", "10.0.26100", "Windows 11", "arm64")),
          w(3, new Os("Windows", "Windows NT", "6.1.7601 Service Pack 1", "Windows 7", "x86")),
          w(6, new Os("macOS", "Mac OS X", "14.6.1 23G93", "macOS 14.6.1", "arm64")),
          w(4, new Os("macOS", "Mac OS X", "15.1.0 24B83", "macOS 15.1", "arm64")),
          w(3, new Os("macOS", "Mac OS X", "13.7.1 22H221", "macOS 13.7.1", "amd64")),
          w(7, new Os("Linux", "Linux", "6.8.0-49-generic", "Ubuntu 24.04.1 LTS", "amd64")),
          w(3, new Os("Linux", "Linux", "6.11.10-300.fc41.x86_64", "Fedora Linux 41", "amd64")),
          w(2, new Os("Linux", "Linux", "6.1.0-27-amd64", "Debian GNU/Linux 12", "amd64")));

  static final Weighted<Os> ANDROID =
      Weighted.of(
          w(30, new Os("Android", "Android", "34", "Android 34", "arm64")),
          w(25, new Os("Android", "Android", "33", "Android 33", "arm64")),
          w(15, new Os("Android", "Android", "35", "Android 35", "arm64")),
          w(12, new Os("Android", "Android", "31", "Android 31", "arm")),
          w(8, new Os("Android", "Android", "29", "Android 29", "arm")),
          w(3, new Os("Android", "Android", "30", "Android 30", "x86_64")));

  private static final Weighted<String> DESKTOP_PROCESSES =
      Weighted.of(
          w(40, "parent"),
          w(35, "content"),
          w(10, "gpu"),
          w(6, "rdd"),
          w(4, "utility"),
          w(3, "socket"),
          w(2, "plugin"));
  private static final Weighted<String> MOBILE_PROCESSES =
      Weighted.of(w(55, "parent"), w(35, "content"), w(6, "gpu"), w(4, "utility"));

  static final Weighted<Product> PRODUCTS =
      Weighted.of(
          w(55, new Product("Firefox", firefoxReleases(), DESKTOP, DESKTOP_PROCESSES)),
          w(22, new Product("Fenix", fenixReleases(), ANDROID, MOBILE_PROCESSES)),
          w(11, new Product("Thunderbird", thunderbirdReleases(), DESKTOP, DESKTOP_PROCESSES)),
          w(8, new Product("Focus", focusReleases(), ANDROID, MOBILE_PROCESSES)),
          w(4, new Product("MozillaVPN", vpnReleases(), DESKTOP, Weighted.of(w(1, "parent")))));

  /** Every product's name, in the order above. */
  static List<String> productNames() {
    return PRODUCTS.values().stream().map(Product::name).toList();
  }

  private static Weighted<Release> firefoxReleases() {
    return Weighted.of(
        w(46, new Release("146.0", "release", "20251201")),
        w(14, new Release("145.0.2", "release", "20251120")),
        w(6, new Release("145.0", "release", "20251110")),
        w(3, new Release("144.0.2", "release", "20251028")),
        w(9, new Release("147.0b4", "beta", "20251128")),
        w(4, new Release("147.0b3", "beta", "20251124")),
        w(5, new Release("148.0a1", "nightly", "20251202")),
        w(4, new Release("140.5.0esr", "esr", "20251110")),
        w(2, new Release("128.17.0esr", "esr", "20251110")));
  }

  private static Weighted<Release> fenixReleases() {
    return Weighted.of(
        w(55, new Release("146.0", "release", "20251201")),
        w(20, new Release("145.0.2", "release", "20251120")),
        w(14, new Release("147.0b4", "beta", "20251128")),
        w(8, new Release("148.0a1", "nightly", "20251202")),
        w(3, new Release("144.0", "release", "20251013")));
  }

  private static Weighted<Release> thunderbirdReleases() {
    return Weighted.of(
        w(50, new Release("140.5.0esr", "esr", "20251110")),
        w(25, new Release("146.0", "release", "20251202")),
        w(15, new Release("147.0b2", "beta", "20251126")),
        w(10, new Release("128.17.0esr", "esr", "20251110")));
  }

  private static Weighted<Release> focusReleases() {
    return Weighted.of(
        w(70, new Release("146.0", "release", "20251201")),
        w(20, new Release("145.0.2", "release", "20251120")),
        w(10, new Release("147.0b4", "beta", "20251128")));
  }

  private static Weighted<Release> vpnReleases() {
    return Weighted.of(
        w(60, new Release("2.31.0", "release", "20251118")),
        w(30, new Release("2.30.1", "release", "20251021")),
        w(10, new Release("2.32.0", "beta", "20251127")));
  }
}
