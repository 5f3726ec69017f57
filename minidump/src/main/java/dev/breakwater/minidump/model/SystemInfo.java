package dev.breakwater.minidump.model;

/**
 * The system the dump came from, as Breakpad describes it.
 *
 * @param os "Windows NT", "Linux", "Mac OS X", ... or "" without a system info stream
 * @param osShort Breakpad's short name ("windows", "linux", "mac", "android", ...)
 * @param osVersion "major.minor.build" plus the service pack / kernel / build string
 * @param cpu "x86", "amd64", "arm", "arm64", ... or a hex architecture number
 * @param cpuInfo vendor, family, model and stepping (x86) or ARM details; may be ""
 * @param cpuCount number of processors
 * @param csdVersion the dump's raw service-pack / build / uname string, or null
 */
public record SystemInfo(
    String os,
    String osShort,
    String osVersion,
    String cpu,
    String cpuInfo,
    int cpuCount,
    String csdVersion) {
  public static final SystemInfo UNKNOWN = new SystemInfo("", "", "", "", "", 0, null);
}
