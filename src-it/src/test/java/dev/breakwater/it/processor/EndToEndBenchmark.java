package dev.breakwater.it.processor;

import com.fasterxml.jackson.databind.JsonNode;
import dev.breakwater.it.Http;
import dev.breakwater.it.Stack;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * End-to-end benchmark of the pipeline (not a test): submits corpus crashes to the collector at a
 * fixed rate and prints crashes/s processed, submit-to-searchable latency (p50/p99) and the
 * processor's CPU time per crash with symbols warm. Run with {@code bin/benchmark-processor}.
 *
 * <p>Arguments: {@code [crashes per second] [crashes] [run directory of the stack] [warm-up
 * seconds]}. The warm-up submits at the measured rate for that long and waits until the queue is
 * drained: on two cores the JIT compilers of the Payara JVMs take minutes to settle, and a short
 * warm-up measures the compilers rather than the pipeline.
 */
public final class EndToEndBenchmark {
  private static final List<String> DUMPS =
      List.of(
          "breakpad/minidump2.dmp",
          "breakpad/linux_null_read_av.dmp",
          "breakpad/linux_overflow.dmp");
  private static final Pattern PROCESSED =
      Pattern.compile(
          "processor_crashes_total\\{[^}]*outcome=\"processed\",queue=\"crashes.standard\"[^}]*} ([0-9.E]+)");

  private final String product = "bench-" + System.currentTimeMillis();
  private final Map<String, Long> submittedAt = new ConcurrentHashMap<>();
  private final Map<String, Long> searchableAt = new ConcurrentHashMap<>();
  private final AtomicInteger failures = new AtomicInteger();

  public static void main(String[] args) throws Exception {
    int rate = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
    Path runDir = args.length > 2 ? Path.of(args[2]) : null;
    int warmupSeconds = args.length > 3 ? Integer.parseInt(args[3]) : 120;
    new EndToEndBenchmark().run(rate, count, runDir, warmupSeconds);
  }

  private void run(int rate, int count, Path runDir, int warmupSeconds) throws Exception {
    uploadSymbols();
    // Half the rate: a pipeline still compiling falls behind at the full rate, and the backlog
    // it builds would be measured as latency of the run that follows.
    int warmupRate = Math.max(1, rate / 2);
    System.out.printf(
        "warming up (symbols, JIT): %d s at %d/s, then until the queue is drained ...%n",
        warmupSeconds, warmupRate);
    double processedAtStart = processedCount();
    submitAtRate(warmupRate, warmupRate * warmupSeconds, product + "-warmup");
    if (!awaitProcessed(processedAtStart + warmupRate * warmupSeconds - failures.getAndSet(0))) {
      System.out.println("  warning: the warm-up crashes were not all processed within 5 minutes");
    }

    ComponentCpu cpu = ComponentCpu.of(runDir);
    double processedBefore = processedCount();
    String loadBefore = loadAverage();
    long start = System.nanoTime();
    Thread poller = new Thread(this::pollSearchable, "searchable-poller");
    poller.setDaemon(true);
    poller.start();
    submitAtRate(rate, count, product);
    long submitted = System.nanoTime();
    while (searchableAt.size() < submittedAt.size()
        && System.nanoTime() - submitted < TimeUnit.MINUTES.toNanos(5)) {
      Thread.sleep(200);
    }
    long end = System.nanoTime();
    report(rate, count, start, submitted, end);
    double processed = processedCount() - processedBefore;
    System.out.printf("  load average         %s before, %s after%n", loadBefore, loadAverage());
    cpu.report(processed);
  }

  /** Waits (at most five minutes) until the processor has processed this many crashes. */
  private static boolean awaitProcessed(double target) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (processedCount() < target) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(500);
    }
    return true;
  }

  private static String loadAverage() throws Exception {
    String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
    return fields[0] + " " + fields[1] + " " + fields[2];
  }

  /** Puts the corpus symbols into the bucket's symbols/ prefix, where the processor looks. */
  private static void uploadSymbols() throws Exception {
    Path root = Path.of(Stack.get("testdata.dir"), "minidumps", "breakpad", "symbols");
    try (Stream<Path> files = Files.walk(root)) {
      for (Path sym : files.filter(p -> p.toString().endsWith(".sym")).toList()) {
        Bucket.put(
            "symbols/" + root.relativize(sym).toString().replace('\\', '/'),
            Files.readAllBytes(sym));
      }
    }
  }

  private void submitAtRate(int rate, int count, String productName) throws Exception {
    ExecutorService senders = Executors.newFixedThreadPool(64);
    long interval = TimeUnit.SECONDS.toNanos(1) / rate;
    long first = System.nanoTime();
    for (int i = 0; i < count; i++) {
      long due = first + i * interval;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      Path dump = Path.of(Stack.get("testdata.dir"), "minidumps", DUMPS.get(i % DUMPS.size()));
      senders.submit(() -> submitOne(productName, dump));
    }
    senders.shutdown();
    senders.awaitTermination(5, TimeUnit.MINUTES);
  }

  private void submitOne(String productName, Path dump) {
    try {
      long sent = System.nanoTime();
      String crashId =
          CrashSubmission.submit(Map.of("ProductName", productName, "Version", "1.0"), dump);
      if (productName.equals(product)) {
        submittedAt.put(crashId, sent);
      }
    } catch (Exception e) {
      failures.incrementAndGet();
    }
  }

  /** Every 100 ms, asks the index which crashes of this run are searchable. */
  private void pollSearchable() {
    String query =
        "{\"size\": 10000, \"_source\": false, \"docvalue_fields\": [\"crash_id\"],"
            // product is analyzed text; its whole value is the keyword sub-field full.
            + " \"query\": {\"term\": {\"product.full\": \""
            + product
            + "\"}}}";
    while (true) {
      try {
        HttpRequest request =
            HttpRequest.newBuilder(
                    URI.create(
                        Stack.get("elasticsearch.url")
                            + "/"
                            + CrashSearch.INDEX_PREFIX
                            + "*/_search"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(query))
                .build();
        long now = System.nanoTime();
        for (JsonNode hit : Http.json(Http.send(request)).path("hits").path("hits")) {
          searchableAt.putIfAbsent(hit.at("/fields/crash_id/0").asText(), now);
        }
        Thread.sleep(100);
      } catch (InterruptedException e) {
        return;
      } catch (Exception e) {
        // the index may not exist yet; keep polling
      }
    }
  }

  private void report(int rate, int count, long start, long submitted, long end) {
    List<Long> latencies = new ArrayList<>();
    long lastSearchable = start;
    for (Map.Entry<String, Long> entry : submittedAt.entrySet()) {
      Long visible = searchableAt.get(entry.getKey());
      if (visible != null) {
        latencies.add(Math.max(0, visible - entry.getValue()));
        lastSearchable = Math.max(lastSearchable, visible);
      }
    }
    Collections.sort(latencies);
    double seconds = (lastSearchable - start) / 1e9;
    System.out.printf(
        "%nend-to-end benchmark: %d crashes offered at %d/s (%s)%n",
        count, rate, String.join(", ", DUMPS));
    System.out.printf(
        "  submitted            %d accepted, %d failed, in %.1f s (%.1f/s)%n",
        submittedAt.size(),
        failures.get(),
        (submitted - start) / 1e9,
        submittedAt.size() / ((submitted - start) / 1e9));
    System.out.printf(
        "  searchable           %d of %d within %.1f s of the first submission%n",
        latencies.size(), submittedAt.size(), (end - start) / 1e9);
    System.out.printf(
        "  processed            %.1f crashes/s (first submission to last searchable)%n",
        latencies.size() / seconds);
    System.out.printf(
        "  submit -> searchable p50 %d ms, p90 %d ms, p99 %d ms, max %d ms%n",
        percentile(latencies, 50),
        percentile(latencies, 90),
        percentile(latencies, 99),
        percentile(latencies, 100));
  }

  private static long percentile(List<Long> sortedNanos, int percent) {
    if (sortedNanos.isEmpty()) {
      return -1;
    }
    int index =
        Math.min(sortedNanos.size() - 1, (int) Math.ceil(percent / 100.0 * sortedNanos.size()) - 1);
    return sortedNanos.get(Math.max(0, index)) / 1_000_000;
  }

  private static double processedCount() throws Exception {
    Matcher matcher = PROCESSED.matcher(Http.get(Stack.get("processor.url") + "/metrics").body());
    return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
  }
}
