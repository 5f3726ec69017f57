package dev.breakwater.minidump.model;

/** How a frame was found, from most to least trustworthy (Breakpad's FrameTrust). */
public enum FrameTrust {
  NONE("unknown", "none"),
  SCAN("stack scanning", "scan"),
  CFI_SCAN("call frame info with scanning", "cfi_scan"),
  FRAME_POINTER("previous frame's frame pointer", "frame_pointer"),
  CFI("call frame info", "cfi"),
  PREWALKED("recovered by external stack walker", "prewalked"),
  CONTEXT("given as instruction pointer in context", "context"),
  INLINE("inline record", "inline"),
  LEAF("simulating a return from leaf function", "leaf");

  private final String description;
  private final String jsonName;

  FrameTrust(String description, String jsonName) {
    this.description = description;
    this.jsonName = jsonName;
  }

  /** The "Found by:" text of Breakpad's human output. */
  public String description() {
    return description;
  }

  /** The "trust" value of rust-minidump's JSON output. */
  public String jsonName() {
    return jsonName;
  }

  /** Frames that count against Breakpad's limit of scanned frames. */
  public boolean isDubious() {
    return this == NONE || this == SCAN || this == CFI_SCAN;
  }
}
