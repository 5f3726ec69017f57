package dev.breakwater.processor.benchmark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.elasticsearch.client.RestClient;

/**
 * Sends the corpus's batches, {@code concurrency} bulk requests at a time, from the marker's first
 * unfinished batch on; prints progress and the indexing rate, and records in the marker which
 * batches are done, so that an interrupted load resumes there.
 */
final class BatchRun {
  private static final long REPORT_NANOS = 15_000_000_000L;

  private final BulkWriter writer;
  private final RestClient rest;
  private final int batch;
  private final int concurrency;
  private final long batches;
  private final AtomicLong next;
  private final TreeSet<Long> finished = new TreeSet<>();
  private final AtomicLong bytes = new AtomicLong();
  private final AtomicLong indexed = new AtomicLong();
  private CorpusMarker marker;
  private long doneBelow;
  private long lastReport = System.nanoTime();

  BatchRun(BulkWriter writer, RestClient rest, CorpusMarker marker, int batch, int concurrency) {
    this.writer = writer;
    this.rest = rest;
    this.marker = marker;
    this.batch = batch;
    this.concurrency = concurrency;
    this.batches = (marker.documents() + batch - 1) / batch;
    this.doneBelow = marker.doneBelow();
    this.next = new AtomicLong(doneBelow);
  }

  void run() throws Exception {
    long started = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    List<Future<?>> workers = new ArrayList<>();
    for (int i = 0; i < concurrency; i++) {
      workers.add(pool.submit(() -> work(started)));
    }
    try {
      for (Future<?> worker : workers) {
        worker.get();
      }
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(
        "indexed %,d crashes in %.0f s: %,.0f crashes/s, %.1f MB/s of bulk bodies"
            + " (%d concurrent bulk requests of %,d)%n",
        indexed.get(),
        seconds,
        indexed.get() / seconds,
        bytes.get() / seconds / 1e6,
        concurrency,
        batch);
  }

  private Void work(long started) throws IOException, InterruptedException {
    for (long b = next.getAndIncrement(); b < batches; b = next.getAndIncrement()) {
      long from = b * batch;
      long to = Math.min(marker.documents(), from + batch);
      bytes.addAndGet(writer.write(from, to));
      indexed.addAndGet(to - from);
      finished(b, started);
    }
    return null;
  }

  private synchronized void finished(long b, long started) throws IOException {
    finished.add(b);
    while (finished.contains(doneBelow)) {
      finished.remove(doneBelow++);
    }
    long now = System.nanoTime();
    if (doneBelow == batches || now - lastReport > REPORT_NANOS) {
      lastReport = now;
      marker = marker.doneBelow(doneBelow);
      marker.write(rest);
      double seconds = (now - started) / 1e9;
      System.out.printf(
          "  %,9d of %,d crashes, %,.0f crashes/s%n",
          doneBelow * (long) batch, marker.documents(), indexed.get() / seconds);
    }
  }
}
