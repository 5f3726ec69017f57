package dev.breakwater.common.storage;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * Drops the {@code Expect: 100-continue} header the S3 client puts on every upload when the body is
 * small. Waiting for the server's interim answer costs a round trip and a wake-up on both sides per
 * object, which on a collector writing three objects per crash (dump, dump names, raw crash) was a
 * large share of its latency; the header only pays off for large bodies that a refusing server
 * should not have to receive. Client interceptors run after the S3 client's own, so the header is
 * already there to remove.
 */
final class NoContinueForSmallWrites implements ExecutionInterceptor {

  /** Bodies up to this size are sent without waiting for {@code 100 Continue}. */
  static final long SMALL_BODY_BYTES = 1 << 20;

  private static final String EXPECT = "Expect";
  private static final String CONTENT_LENGTH = "Content-Length";

  @Override
  public SdkHttpRequest modifyHttpRequest(
      Context.ModifyHttpRequest context, ExecutionAttributes executionAttributes) {
    SdkHttpRequest request = context.httpRequest();
    if (request.firstMatchingHeader(EXPECT).isEmpty()) {
      return request;
    }
    long length =
        request
            .firstMatchingHeader(CONTENT_LENGTH)
            .map(NoContinueForSmallWrites::parseLength)
            .orElse(Long.MAX_VALUE);
    return length <= SMALL_BODY_BYTES ? request.toBuilder().removeHeader(EXPECT).build() : request;
  }

  private static long parseLength(String value) {
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }
}
