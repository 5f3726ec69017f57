package dev.breakwater.signature.rules;

import dev.breakwater.signature.SignatureRule;
import dev.breakwater.signature.lists.SignatureListsSource;
import java.util.List;

/** The signature rules in the order they run, and why that order. */
public final class DefaultRuleset {

  private DefaultRuleset() {}

  /** A new ruleset reading the signature lists from {@code lists}. */
  public static List<SignatureRule> create(SignatureListsSource lists) {
    StackSignatureRule generation = new StackSignatureRule(lists);
    return List.of(
        // The base signature from the crashing stack; everything after refines it.
        generation,
        // Must see the bare "EMPTY: ..." before any rule below wraps or replaces it.
        new StackwalkerErrorSignatureRule(),
        new BadHardware(),
        // Looks for OOM frames (NS_ABORT_OOM, ...) in the stack-based signature, so it runs
        // before the rules that replace that signature.
        new OOMSignature(),
        // Runs after OOM so the abort message leads: "Abort | <message> | OOM | large | ...".
        new AbortSignature(),
        // Replaces the signature outright; the rules below then decorate the replacement.
        new SignatureShutdownTimeout(),
        // Looks for RunWatchdog in the stack-based signature; a shutdown timeout already
        // replaced it, so those crashes keep their AsyncShutdownTimeout signature.
        new SignatureRunWatchDog(generation),
        // Replaces the signature; the IPC message name below is appended to the replacement.
        new SignatureIPCChannelError(),
        new SignatureIPCMessageName(),
        // Replaces everything before it: the stacks of mismatched builds are meaningless.
        new SignatureParentIDNotEqualsChildID(),
        new StackOverflowSignature(),
        // The JIT category, when known, is the final word on a crash in JIT code.
        new SignatureJitCategory(),
        // Clean-up of the finished text, always last and in this order: characters first (it
        // keeps whitespace), then whitespace, then length, so the limit counts the final text.
        new SigPrintableCharsOnly(),
        new SigFixWhitespace(),
        new SigTruncate());
  }
}
