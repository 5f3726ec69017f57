package dev.breakwater.webapp.symbols;

/**
 * A symbol file as stored.
 *
 * @param file its name in the upload ({@code <zip name>!<entry name>} for a zip entry)
 * @param debugFile debug file of its MODULE record
 * @param debugId debug id of its MODULE record
 * @param key bucket key it was stored under
 * @param size bytes stored
 */
public record StoredSymbol(String file, String debugFile, String debugId, String key, long size) {}
