package dev.breakwater.webapp.crashes;

import dev.breakwater.common.crash.CrashId;
import dev.breakwater.webapp.api.ApiParameters;
import dev.breakwater.webapp.api.BadArgumentException;

/** The {@code crash_id} parameter of the crash endpoints, checked as Socorro checks it. */
final class CrashIdParameter {
  private CrashIdParameter() {}

  /**
   * The crash ID sent as {@code crash_id}.
   *
   * @throws dev.breakwater.webapp.api.FormErrorException when it is absent
   * @throws BadArgumentException ({@code 'uuid'}, Socorro's wording) when it is not a crash ID
   */
  static String of(ApiParameters parameters) {
    String crashId = parameters.required("crash_id");
    if (!CrashId.isValid(crashId)) {
      throw BadArgumentException.parameter("uuid");
    }
    return crashId;
  }
}
