package dev.breakwater.webapp.symbols;

/**
 * A file of an upload that cannot be stored, and why.
 *
 * @param file its name in the upload; a zip entry as {@code <zip name>!<entry name>}
 * @param reason what is wrong with it, for the uploader
 */
public record Rejection(String file, String reason) {}
