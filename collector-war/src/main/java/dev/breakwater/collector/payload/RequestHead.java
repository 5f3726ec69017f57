package dev.breakwater.collector.payload;

/**
 * The request headers the payload reader needs.
 *
 * @param contentType {@code Content-Type}, or null
 * @param contentLength {@code Content-Length}, or -1 when absent (chunked transfer)
 * @param contentEncoding {@code Content-Encoding}, or null
 */
public record RequestHead(String contentType, long contentLength, String contentEncoding) {}
