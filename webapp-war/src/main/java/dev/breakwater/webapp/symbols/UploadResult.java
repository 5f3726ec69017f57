package dev.breakwater.webapp.symbols;

import java.util.List;

/**
 * The answer to one upload request.
 *
 * @param outcome what happened
 * @param message for the uploader when the outcome is not {@link UploadOutcome#STORED}, else null
 * @param limit the exceeded limit for {@link UploadOutcome#TOO_LARGE}, else null
 * @param stored the stored files (only when every file was stored)
 * @param rejected the refused files for {@link UploadOutcome#REJECTED}
 */
public record UploadResult(
    UploadOutcome outcome,
    String message,
    UploadLimit limit,
    List<StoredSymbol> stored,
    List<Rejection> rejected) {

  static UploadResult failed(UploadOutcome outcome, String message) {
    return new UploadResult(outcome, message, null, List.of(), List.of());
  }
}
