package dev.breakwater.webapp.symbols;

/** Told about every stored symbol file and every finished upload request (logs, metrics). */
public interface SymbolUploadListener {

  /**
   * A symbol file was stored.
   *
   * @param uploader fingerprint of the token used (see {@link UploadTokens#match(String)})
   */
  void stored(StoredSymbol symbol, String uploader);

  /**
   * An upload request was answered.
   *
   * @param uploader fingerprint of the token used, or null when it was not accepted
   */
  void finished(UploadResult result, String uploader);
}
