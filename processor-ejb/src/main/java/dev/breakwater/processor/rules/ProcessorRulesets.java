package dev.breakwater.processor.rules;

import dev.breakwater.crash.schema.ProcessedCrashSchema;
import dev.breakwater.processor.pipeline.ProcessingRule;
import dev.breakwater.processor.pipeline.Ruleset;
import dev.breakwater.processor.pipeline.Rulesets;
import dev.breakwater.processor.stackwalk.DumpWalker;
import dev.breakwater.processor.stackwalk.StackWalkBudget;
import dev.breakwater.signature.SignatureGenerator;
import java.time.Duration;
import java.util.List;
import java.util.function.BiConsumer;

/** The processor's rulesets, in the order their rules must run. */
public final class ProcessorRulesets {
  private ProcessorRulesets() {}

  /**
   * @param walkTimes told the status and duration of every stack walk, for metrics
   */
  public static Rulesets create(
      ProcessedCrashSchema schema,
      DumpWalker walker,
      StackWalkBudget budget,
      SignatureGenerator signatures,
      BiConsumer<String, Duration> walkTimes) {
    SignatureGeneratorRule signatureRule = new SignatureGeneratorRule(signatures);
    List<ProcessingRule> defaultRules =
        List.of(
            // Clean the raw crash first: every later rule reads annotations.
            new DeNullRule(),
            // What was submitted and how, before anything interprets it.
            new CrashReportKeysRule(),
            new CollectorMetadataRule(),
            // Annotations by the schema, so later rules read typed, normalized fields
            // (version, startup_time, process_type, ...) instead of raw annotation spellings.
            new CopyAnnotationsRule(schema),
            new IdentifierRule(),
            new DumpChecksumsRule(),
            // The expensive step; everything below that reads json_dump depends on it.
            new StackWalkRule(walker, budget, walkTimes),
            // crashing_thread must be set before anything looks at the crashing thread's frames.
            new CrashingThreadInfoRule(),
            // Before the rules that scan frames, so they never walk a 50,000-frame recursion.
            new TruncateStacksRule(),
            new MajorVersionRule(),
            // After the stack walk: uptime falls back to the dump's process uptime.
            new DatesAndTimesRule(),
            new ProcessTypeRule(),
            new ReportTypeRule(),
            // OS first: the pretty version and the platform are derived from os_name.
            new OsInfoRule(),
            new OsPrettyVersionRule(),
            new PlatformRule(),
            new CpuInfoRule(),
            new TopmostFilenamesRule(),
            new ModulesInStackRule(),
            new MissingSymbolsRule(),
            // Last: signature generation reads the stack, OS, CPU, reason and annotations.
            signatureRule);
    return new Rulesets(
        new Ruleset(Rulesets.DEFAULT, defaultRules),
        new Ruleset(Rulesets.REGENERATE_SIGNATURE, List.of(signatureRule)));
  }
}
