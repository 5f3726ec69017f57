package dev.breakwater.webapp.symbols;

import java.nio.file.Path;

/**
 * One file of an upload, spooled to disk.
 *
 * @param name its name in the upload ({@code <zip name>!<entry name>} for a zip entry)
 * @param path the spooled copy
 * @param size its length in bytes
 */
record ReceivedFile(String name, Path path, long size) {}
