package dev.breakwater.processor.rules;

import dev.breakwater.processor.pipeline.ProcessingCrash;
import dev.breakwater.processor.pipeline.ProcessingRule;
import dev.breakwater.signature.SignatureGenerator;
import dev.breakwater.signature.SignatureResult;

/**
 * Generates the crash signature, its proto signature and debug log. Runs last in the default
 * ruleset because signature generation reads what every other rule wrote (the walked stack, the OS,
 * the crash reason, the abort message, ...); it is the only rule of {@code regenerate_signature}.
 */
public final class SignatureGeneratorRule implements ProcessingRule {
  private final SignatureGenerator generator;

  public SignatureGeneratorRule(SignatureGenerator generator) {
    this.generator = generator;
  }

  @Override
  public void action(ProcessingCrash report) {
    SignatureResult result = generator.generate(report.processedCrash());
    var processed = report.processedCrash();
    processed.put("signature", result.signature());
    if (result.protoSignature() != null) {
      processed.put("proto_signature", result.protoSignature());
    } else {
      processed.remove("proto_signature");
    }
    processed.put("signature_debug", String.join("\n", result.debugLog()));
    report.notes().addAll(result.notes());
  }
}
