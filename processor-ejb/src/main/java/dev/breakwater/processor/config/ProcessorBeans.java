package dev.breakwater.processor.config;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.breakwater.common.config.ApplicationConfig;
import dev.breakwater.common.storage.BlobStore;
import dev.breakwater.crash.schema.ProcessedCrashSchema;
import dev.breakwater.crash.search.ElasticsearchSettings;
import dev.breakwater.crash.search.SearchFields;
import dev.breakwater.minidump.ProcessOptions;
import dev.breakwater.minidump.symbols.SymbolSupplier;
import dev.breakwater.processor.application.CrashProcessor;
import dev.breakwater.processor.application.PriorityGate;
import dev.breakwater.processor.metrics.ProcessorMetrics;
import dev.breakwater.processor.pipeline.Pipeline;
import dev.breakwater.processor.rules.ProcessorRulesets;
import dev.breakwater.processor.search.CrashIndexer;
import dev.breakwater.processor.stackwalk.BucketSymbolDownloader;
import dev.breakwater.processor.stackwalk.BudgetedStackWalker;
import dev.breakwater.processor.stackwalk.MinidumpStackWalker;
import dev.breakwater.processor.storage.ProcessorStorage;
import dev.breakwater.signature.SignatureGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.metrics.MetricRegistry;

/** Builds the processor's objects from configuration; one instance of each per application. */
@ApplicationScoped
public class ProcessorBeans {
  // Not injected: see ApplicationConfig.
  private final Config config = ApplicationConfig.of(ProcessorBeans.class);

  @Inject MetricRegistry registry;

  @Produces
  @Singleton
  ProcessorMetrics metrics() {
    return new ProcessorMetrics(registry);
  }

  @Produces
  @Singleton
  PriorityGate priorityGate() {
    return new PriorityGate();
  }

  @Produces
  @Singleton
  SymbolSupplier symbols(BlobStore store) {
    return ProcessorSettings.symbols(config, new BucketSymbolDownloader(store));
  }

  @Produces
  @Singleton
  BudgetedStackWalker stackWalker(SymbolSupplier symbols) {
    return new BudgetedStackWalker(
        new MinidumpStackWalker(symbols, ProcessOptions.DEFAULT),
        config.getValue(ProcessorConfigKeys.STACKWALK_THREADS, Integer.class));
  }

  void closeStackWalker(@Disposes BudgetedStackWalker walker) {
    walker.close();
  }

  @Produces
  @Singleton
  CrashProcessor crashProcessor(
      BlobStore store,
      ElasticsearchClient elasticsearch,
      ElasticsearchSettings search,
      BudgetedStackWalker walker,
      ProcessorMetrics metrics) {
    SignatureGenerator signatures =
        ProcessorSettings.signatureLists(config)
            .map(SignatureGenerator::new)
            .orElseGet(SignatureGenerator::new);
    var rulesets =
        ProcessorRulesets.create(
            ProcessedCrashSchema.load(),
            walker,
            ProcessorSettings.stackWalkBudget(config),
            signatures,
            metrics::stackWalked);
    var pipeline =
        new Pipeline(rulesets, ProcessorSettings.hostname(config), Clock.systemUTC(), metrics);
    var indexer =
        new CrashIndexer(elasticsearch, SearchFields.load(), search.indices(), search.index());
    var work = ProcessorSettings.workDirectory(config);
    try {
      Files.createDirectories(work);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the work directory " + work, e);
    }
    return new CrashProcessor(new ProcessorStorage(store), pipeline, indexer, work);
  }
}
