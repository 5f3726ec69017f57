package dev.breakwater.processor.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import co.elastic.clients.elasticsearch._types.ErrorCause;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndexErrorsTest {

  /** Reasons as Elasticsearch 8.19 words them (seen on the integ-test distribution). */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "[1:6] failed to parse field [uptime] of type [long] in document with id 'c1'. Preview of field's value: 'abc' | | uptime",
        "[1:7] failed to parse field [signature] of type [keyword] in document with id '1'. | Document contains at least one immense term in field=\"signature\" (whose UTF8 encoding is longer than the max length 32766) | signature",
        "something else | Document contains at least one immense term in field=\"proto_signature.full\" | proto_signature",
        "mapper_parsing_exception without a field | | ",
      })
  void namesTheRefusedField(String reason, String causeReason, String expected) {
    ErrorCause.Builder builder =
        new ErrorCause.Builder().type("document_parsing_exception").reason(reason);
    if (causeReason != null) {
      builder.causedBy(c -> c.type("illegal_argument_exception").reason(causeReason));
    }
    assertEquals(Optional.ofNullable(expected), IndexErrors.rejectedField(builder.build()));
  }
}
