package dev.breakwater.processor.benchmark;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.processor.benchmark.Catalog.Os;
import dev.breakwater.processor.benchmark.Catalog.Product;
import dev.breakwater.processor.benchmark.Catalog.Release;
import dev.breakwater.processor.pipeline.Pipeline;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * Processed crashes as the processor leaves them (the keys its rules set), made up from a seed:
 * crash number {@code n} is always the same crash, so a load can be resumed and repeated. Dates
 * fall in the {@code days} before {@code end}, busier in the afternoon (UTC) than at night.
 */
final class GeneratedCrashes {
  /** Distinct signatures of desktop and of Android crashes. */
  static final int DESKTOP_SIGNATURES = 40_000;

  static final int MOBILE_SIGNATURES = 10_000;

  /** Slope of the signature distribution: the top 1% of signatures take about half the crashes. */
  static final double SIGNATURE_EXPONENT = 1.07;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final DateTimeFormatter CRASH_ID_DAY =
      DateTimeFormatter.ofPattern("yyMMdd").withZone(ZoneOffset.UTC);
  private static final List<String> ANNOTATIONS =
      List.of(
          "ProductName",
          "Version",
          "BuildID",
          "ReleaseChannel",
          "Vendor",
          "CrashTime",
          "InstallTime",
          "StartupTime",
          "UptimeTS",
          "ProcessType",
          "AvailablePhysicalMemory",
          "TotalPhysicalMemory",
          "AdapterVendorID",
          "AdapterDeviceID",
          "Notes",
          "useragent_locale",
          "SafeMode",
          "ContentSandboxLevel",
          "TelemetryEnvironment",
          "upload_file_minidump");

  private final long seed;
  private final Instant end;
  private final Duration span;
  private final SignatureNames signatures;
  private final Zipf desktop = new Zipf(DESKTOP_SIGNATURES, SIGNATURE_EXPONENT);
  private final Zipf mobile = new Zipf(MOBILE_SIGNATURES, SIGNATURE_EXPONENT);

  GeneratedCrashes(long seed, Instant end, int days) {
    this.seed = seed;
    this.end = end;
    this.span = Duration.ofDays(days);
    this.signatures = new SignatureNames(seed);
  }

  /** Crash number {@code n}. */
  ObjectNode crash(long n) {
    Random random = new Random(seed ^ (n * 0x9E3779B97F4A7C15L));
    Product product = Catalog.PRODUCTS.next(random);
    Release release = product.releases().next(random);
    Os os = product.systems().next(random);
    Instant received = receivedAt(random);
    ObjectNode crash = NODES.objectNode();
    identity(crash, random, received);
    product(crash, product, release);
    system(crash, random, os);
    crashSite(crash, random, product, os);
    times(crash, random, received);
    processing(crash, random, received);
    Protected.fill(crash, random, product);
    return crash;
  }

  private Instant receivedAt(Random random) {
    long seconds = span.toSeconds();
    while (true) {
      Instant at = end.minusSeconds((long) (random.nextDouble() * seconds));
      double hour = at.atOffset(ZoneOffset.UTC).getHour();
      // Twice as many crashes at 15:00 UTC as at 03:00.
      if (random.nextDouble() < 0.75 + 0.25 * Math.sin((hour - 9) / 24 * 2 * Math.PI)) {
        return at.plusNanos(random.nextInt(1_000_000) * 1000L);
      }
    }
  }

  private static void identity(ObjectNode crash, Random random, Instant received) {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    String hex = HexFormat.of().formatHex(bytes);
    String id =
        "%s-%s-%s-%s-%s2%s"
            .formatted(
                hex.substring(0, 8),
                hex.substring(8, 12),
                hex.substring(12, 16),
                hex.substring(16, 20),
                hex.substring(20, 25),
                CRASH_ID_DAY.format(received));
    crash.put("crash_id", id);
    crash.put("uuid", id);
    crash.put("date_processed", Pipeline.format(received));
    crash.put("submitted_timestamp", Pipeline.format(received));
  }

  private static void product(ObjectNode crash, Product product, Release release) {
    crash.put("product", product.name());
    crash.put("version", release.version());
    crash.put("major_version", release.majorVersion());
    crash.put("release_channel", release.channel());
    crash.put("build", Long.parseLong(release.buildDay() + "093412"));
    crash.put("vendor", "Mozilla");
  }

  private static void system(ObjectNode crash, Random random, Os os) {
    crash.put("platform", os.platform());
    crash.put("os_name", os.osName());
    crash.put("os_version", os.osVersion());
    crash.put("os_pretty_version", os.pretty());
    crash.put("cpu_arch", os.cpuArch());
    boolean arm = os.cpuArch().startsWith("arm");
    int cores = arm ? 8 : 2 << random.nextInt(4);
    crash.put("cpu_count", cores);
    crash.put(
        "cpu_info",
        arm
            ? "ARMv8 family " + (random.nextInt(3) + 1) + " model 0 stepping 0"
            : "GenuineIntel family 6 model "
                + (140 + random.nextInt(20))
                + " stepping "
                + random.nextInt(12));
    if (os.platform().equals("Windows")) {
      crash.put("cpu_microcode_version", "0x" + Integer.toHexString(0xb4 + random.nextInt(64)));
      crash.put("adapter_vendor_id", random.nextBoolean() ? "0x8086" : "0x10de");
      crash.put("adapter_device_id", "0x" + Integer.toHexString(0x1000 + random.nextInt(0xefff)));
    }
    long total = (4L << random.nextInt(4)) * 1024 * 1024 * 1024;
    crash.put("total_physical_memory", total);
    crash.put("available_physical_memory", (long) (total * random.nextDouble() * 0.6));
  }

  private void crashSite(ObjectNode crash, Random random, Product product, Os os) {
    boolean android = product.mobile();
    int rank = android ? mobile.next(random) : desktop.next(random);
    String signature = signatures.signature(rank, android);
    crash.put("signature", signature);
    crash.put("proto_signature", signatures.protoSignature(rank, android));
    String process = product.processTypes().next(random);
    crash.put("process_type", process);
    boolean hang = signature.startsWith("shutdownhang");
    crash.put("report_type", hang ? "hang" : "crash");
    crash.put("crashing_thread", random.nextInt(40));
    crash.put("crashing_thread_name", random.nextBoolean() ? "MainThread" : "Renderer");
    crash.put("reason", reason(random, os));
    crash.put("address", "0x" + Long.toHexString(random.nextLong() & 0x7fffffffffffL));
    Modules.fill(crash, random, os, rank);
    if (signature.startsWith("OOM")) {
      crash.put("oom_allocation_size", 1L << (12 + random.nextInt(18)));
    }
    if (hang) {
      crash.put(
          "async_shutdown_timeout",
          "{\"phase\":\"profile-before-change\",\"conditions\":[{\"name\":\"Places: waiting for"
              + " clients\",\"state\":{},\"filename\":\"resource://gre/modules/PlacesUtils.sys.mjs\"}]}");
    }
  }

  private static String reason(Random random, Os os) {
    return switch (os.platform()) {
      case "Windows" ->
          random.nextInt(4) == 0 ? "EXCEPTION_BREAKPOINT" : "EXCEPTION_ACCESS_VIOLATION_READ";
      case "macOS" -> "EXC_BAD_ACCESS / KERN_INVALID_ADDRESS";
      default -> random.nextInt(4) == 0 ? "SIGABRT" : "SIGSEGV / SEGV_MAPERR";
    };
  }

  private static void times(ObjectNode crash, Random random, Instant received) {
    Instant crashed = received.minusSeconds(random.nextInt(600));
    long uptime = (long) Math.min(30 * 86400, Math.exp(random.nextDouble() * 13) - 1);
    long installAge = uptime + (long) (Math.exp(random.nextDouble() * 17.5));
    crash.put("crash_time", crashed.getEpochSecond());
    crash.put("client_crash_date", Pipeline.format(crashed));
    crash.put("uptime", uptime);
    crash.put("install_age", installAge);
    crash.put("install_time", crashed.getEpochSecond() - installAge);
    if (random.nextInt(3) > 0) {
      crash.put("last_crash", (long) Math.exp(random.nextDouble() * 15));
    }
    crash.put("safe_mode", random.nextInt(200) == 0);
  }

  private static void processing(ObjectNode crash, Random random, Instant received) {
    Instant started = received.plusMillis(200 + random.nextInt(5000));
    Instant completed = started.plusMillis(150 + random.nextInt(1500));
    crash.put("started_datetime", Pipeline.format(started));
    crash.put("completed_datetime", Pipeline.format(completed));
    crash.put("success", true);
    crash.put(
        "processor_notes",
        ">>> Start processing: %s (processor-1) ruleset default; SignatureGeneratorRule: "
                .formatted(Pipeline.format(started))
            + "CSignatureTool: No signature could be created because we do not know which thread "
            + "crashed; signature truncated due to length");
    ArrayNode keys = crash.putArray("crash_report_keys");
    ANNOTATIONS.subList(0, 12 + random.nextInt(ANNOTATIONS.size() - 12)).forEach(keys::add);
    keys.add("upload_file_minidump");
    byte[] hash = new byte[32];
    random.nextBytes(hash);
    crash.put("minidump_sha256_hash", HexFormat.of().formatHex(hash));
    crash.put("mdsw_status_string", "OK");
    crash.put("stackwalk_version", "breakwater-stackwalk 0.1.0");
    ObjectNode collector = crash.putObject("collector_metadata");
    collector.put("throttle_rule", random.nextInt(10) == 0 ? "is_nightly" : "accept_everything");
    collector.put("payload_size", 150_000 + random.nextInt(900_000));
  }
}
