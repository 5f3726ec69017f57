package dev.breakwater.processor.search;

import co.elastic.clients.elasticsearch._types.ErrorCause;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads which field Elasticsearch refused out of an indexing error. */
final class IndexErrors {
  /**
   * Elasticsearch 8.19 names the field in every document_parsing_exception ("failed to parse field
   * [uptime] of type [long] ...") and, for a term over 32,766 bytes, in the cause ("immense term in
   * field=\"signature\""). A ".keyword"-style sub-field names its parent.
   */
  private static final Pattern FIELD =
      Pattern.compile("failed to parse field \\[([\\w.\\-]+)]|field=\"([\\w.\\-]+)\"");

  private IndexErrors() {}

  /** The top-level document field the error blames, if it names one. */
  static Optional<String> rejectedField(ErrorCause error) {
    for (ErrorCause cause = error; cause != null; cause = cause.causedBy()) {
      if (cause.reason() == null) {
        continue;
      }
      Matcher matcher = FIELD.matcher(cause.reason());
      if (matcher.find()) {
        String field = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
        int dot = field.indexOf('.');
        return Optional.of(dot < 0 ? field : field.substring(0, dot));
      }
    }
    return Optional.empty();
  }
}
