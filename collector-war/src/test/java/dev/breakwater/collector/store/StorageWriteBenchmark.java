package dev.breakwater.collector.store;

import com.sun.management.OperatingSystemMXBean;
import dev.breakwater.collector.payload.CrashReport;
import dev.breakwater.collector.payload.CrashReportReader;
import dev.breakwater.collector.payload.PayloadLimits;
import dev.breakwater.collector.payload.RequestHead;
import dev.breakwater.common.crash.CrashId;
import dev.breakwater.common.storage.BlobStore;
import dev.breakwater.common.storage.S3BlobStore;
import dev.breakwater.common.storage.S3Settings;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Reference run for {@code bin/bench-collector}: the collector's storage writes on their own. Each
 * thread saves the benchmark's crash report with {@link CrashReportStore} through {@link
 * S3BlobStore}, exactly as a submission does (dump, dump names, raw crash), but without the HTTP
 * server, the multipart parser or the broker. Its CPU per crash is the part of the collector's that
 * the AWS SDK and the kernel's TCP stack take for the three PUTs. Objects go under {@code bench/}
 * and are deleted afterwards.
 *
 * <pre>
 * StorageWriteBenchmark save &lt;endpoint&gt; &lt;bucket&gt; &lt;body&gt; &lt;content type&gt;
 *     &lt;threads&gt; &lt;warm-up s&gt; &lt;seconds&gt; [name=pid ...]
 * StorageWriteBenchmark clean &lt;endpoint&gt; &lt;bucket&gt; &lt;prefix&gt;
 * </pre>
 */
public final class StorageWriteBenchmark {

  private static final String PREFIX = "bench/";

  private StorageWriteBenchmark() {}

  public static void main(String[] args) throws Exception {
    try (S3BlobStore store = new S3BlobStore(settings(args[1], args[2]))) {
      if ("clean".equals(args[0])) {
        System.out.printf("deleted %d benchmark objects%n", clean(store, args[3]));
        return;
      }
      String run = PREFIX + "store-" + System.currentTimeMillis() + "/";
      BlobStore prefixed = new PrefixedBlobStore(store, run);
      int threads = Integer.parseInt(args[5]);
      try (CrashReport report = readReport(Path.of(args[3]), args[4])) {
        Saver saver = new Saver(new CrashReportStore(prefixed), report);
        saver.run(threads, Duration.ofSeconds(Long.parseLong(args[6])));
        ProcessCpu watched = ProcessCpu.of(Arrays.copyOfRange(args, 8, args.length));
        long cpuBefore = ownCpuNanos();
        Saver.Result result = saver.run(threads, Duration.ofSeconds(Long.parseLong(args[7])));
        double ownMs = (ownCpuNanos() - cpuBefore) / 1e6 / result.saved();
        System.out.printf(
            "RESULT %d %.3f %.3f %.3f %d %.3f%s%n",
            result.saved(),
            result.seconds(),
            result.percentileMillis(50),
            result.percentileMillis(99),
            result.errors(),
            ownMs,
            watched.report(result.saved()));
      } finally {
        clean(store, run);
      }
    }
  }

  private static S3Settings settings(String endpoint, String bucket) {
    return new S3Settings(
        Optional.of(URI.create(endpoint)),
        "us-east-1",
        bucket,
        Optional.of(S3Settings.ANONYMOUS),
        Optional.empty(),
        true,
        3,
        Duration.ofSeconds(10),
        50);
  }

  private static CrashReport readReport(Path body, String contentType) throws Exception {
    Path spool = Files.createTempDirectory("bench-spool");
    spool.toFile().deleteOnExit();
    try (InputStream in = Files.newInputStream(body)) {
      return new CrashReportReader(PayloadLimits.defaults(), spool)
          .read(new RequestHead(contentType, Files.size(body), null), in);
    }
  }

  private static long ownCpuNanos() {
    return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** Deletes every object under {@code prefix}, a thousand keys at a time, on eight threads. */
  static long clean(BlobStore store, String prefix) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    long deleted = 0;
    try {
      while (true) {
        List<String> keys = store.list(prefix, 1000);
        if (keys.isEmpty()) {
          return deleted;
        }
        List<Future<?>> pending = new ArrayList<>();
        for (String key : keys) {
          pending.add(pool.submit(() -> store.delete(key)));
        }
        for (Future<?> done : pending) {
          done.get();
        }
        deleted += keys.size();
      }
    } finally {
      pool.shutdown();
    }
  }

  /** Saves the same crash report under fresh crash IDs on several threads until a deadline. */
  private record Saver(CrashReportStore crashStore, CrashReport report) {

    record Result(long saved, long errors, double seconds, long[] nanos) {
      double percentileMillis(int percentile) {
        if (nanos.length == 0) {
          return 0;
        }
        int index = (int) Math.min(nanos.length - 1, Math.ceil(percentile / 100.0 * nanos.length));
        return nanos[Math.max(0, index - 1)] / 1e6;
      }
    }

    Result run(int threads, Duration length) throws Exception {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      long start = System.nanoTime();
      long deadline = start + length.toNanos();
      List<Future<long[]>> workers = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        workers.add(pool.submit(() -> saveUntil(deadline)));
      }
      List<Long> latencies = new ArrayList<>();
      long errors = 0;
      for (Future<long[]> worker : workers) {
        for (long nanos : worker.get()) {
          if (nanos < 0) {
            errors++;
          } else {
            latencies.add(nanos);
          }
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      pool.shutdown();
      pool.awaitTermination(1, TimeUnit.MINUTES);
      long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
      return new Result(sorted.length, errors, seconds, sorted);
    }

    /** Latency of each save in nanoseconds, negative for a failed one. */
    private long[] saveUntil(long deadline) {
      RawCrashBuilder rawCrashes = new RawCrashBuilder(Set.of());
      long[] nanos = new long[1024];
      int count = 0;
      while (System.nanoTime() < deadline) {
        String crashId = CrashId.create(LocalDate.now(ZoneOffset.UTC), CrashId.ACCEPT);
        Map<String, Object> raw =
            rawCrashes.build(report, crashId, "accept_everything", Instant.now(), "bench");
        long begin = System.nanoTime();
        long took;
        try {
          crashStore.save(crashId, report.dumps(), raw);
          took = System.nanoTime() - begin;
        } catch (RuntimeException e) {
          took = -1;
        }
        if (count == nanos.length) {
          nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = took;
      }
      return Arrays.copyOf(nanos, count);
    }
  }
}
