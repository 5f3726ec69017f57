package dev.breakwater.minidump.format;

/** One entry of the stream directory. */
public record DirectoryEntry(int index, int type, Location location) {}
