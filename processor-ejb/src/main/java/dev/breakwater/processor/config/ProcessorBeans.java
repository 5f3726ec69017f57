package dev.breakwater.processor.config;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import dev.breakwater.common.storage.BlobStore;
import dev.breakwater.common.storage.S3BlobStore;
import dev.breakwater.minidump.ProcessOptions;
import dev.breakwater.processor.application.CrashProcessor;
import dev.breakwater.processor.application.PriorityGate;
import dev.breakwater.processor.metrics.ProcessorMetrics;
import dev.breakwater.processor.pipeline.Pipeline;
import dev.breakwater.processor.rules.ProcessorRulesets;
import dev.breakwater.processor.schema.ProcessedCrashSchema;
import dev.breakwater.processor.search.CrashIndexer;
import dev.breakwater.processor.signature.SignatureGenerator;
import dev.breakwater.processor.stackwalk.BucketSymbolDownloader;
import dev.breakwater.processor.stackwalk.BudgetedStackWalker;
import dev.breakwater.processor.stackwalk.MinidumpStackWalker;
import dev.breakwater.processor.storage.CrashStorage;
import dev.breakwater.search.CrashIndices;
import dev.breakwater.search.SearchFields;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import org.apache.http.HttpHost;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.elasticsearch.client.RestClient;

/** Builds the processor's objects from configuration; one instance of each per application. */
@ApplicationScoped
public class ProcessorBeans {
  @Inject Config config;

  @Inject MetricRegistry registry;

  @Produces
  @Singleton
  BlobStore blobStore() {
    return new S3BlobStore(ProcessorSettings.s3(config));
  }

  void closeBlobStore(@Disposes BlobStore store) {
    if (store instanceof S3BlobStore s3) {
      s3.close();
    }
  }

  @Produces
  @Singleton
  ElasticsearchClient elasticsearch() {
    int timeout = config.getValue(ProcessorConfigKeys.ELASTICSEARCH_TIMEOUT_MS, Integer.class);
    RestClient rest =
        RestClient.builder(
                HttpHost.create(config.getValue("breakwater.elasticsearch.url", String.class)))
            .setRequestConfigCallback(r -> r.setConnectTimeout(timeout).setSocketTimeout(timeout))
            .build();
    return new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper()));
  }

  void closeElasticsearch(@Disposes ElasticsearchClient client) throws IOException {
    client._transport().close();
  }

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
  BudgetedStackWalker stackWalker(BlobStore store) {
    var symbols = ProcessorSettings.symbols(config, new BucketSymbolDownloader(store));
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
        new CrashIndexer(
            elasticsearch,
            SearchFields.load(),
            new CrashIndices(config.getValue(ProcessorConfigKeys.INDEX_PREFIX, String.class)),
            ProcessorSettings.index(config));
    var work = ProcessorSettings.workDirectory(config);
    try {
      Files.createDirectories(work);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the work directory " + work, e);
    }
    return new CrashProcessor(new CrashStorage(store), pipeline, indexer, work);
  }
}
