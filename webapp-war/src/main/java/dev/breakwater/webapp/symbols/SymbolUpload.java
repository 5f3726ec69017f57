package dev.breakwater.webapp.symbols;

import dev.breakwater.common.storage.BlobStore;
import dev.breakwater.common.storage.BlobStore.BlobSource;
import dev.breakwater.common.storage.StorageException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Symbol upload in the manner of Mozilla Tecken's {@code /upload/}: an authorised uploader sends
 * {@code .sym} files, zips of them, or both; each is checked and stored in Breakpad's layout in the
 * crash bucket ({@code symbols/<debug file>/<debug id>/<name>.sym}), where the processor's symbol
 * lookup finds it.
 *
 * <p>All or nothing, as in Tecken: if any file is refused, nothing is stored and the answer lists
 * every refused file with its reason. (A storage failure halfway leaves the files stored so far;
 * uploading again overwrites them with the same content.)
 */
public final class SymbolUpload {
  private final UploadTokens tokens;
  private final UploadReader reader;
  private final BlobStore store;
  private final List<SymbolUploadListener> listeners;

  /**
   * @param spoolDirectory where uploads are spooled while they are checked and stored
   */
  public SymbolUpload(
      UploadTokens tokens,
      SymbolUploadLimits limits,
      Path spoolDirectory,
      BlobStore store,
      List<SymbolUploadListener> listeners) {
    this.tokens = tokens;
    this.reader = new UploadReader(limits, spoolDirectory);
    this.store = store;
    this.listeners = List.copyOf(listeners);
  }

  /**
   * Whether a configured upload token exists. Without one, only API tokens holding {@code
   * upload_symbols} can upload.
   */
  public boolean enabled() {
    return tokens.enabled();
  }

  /**
   * Whether {@code token} is one of the configured upload tokens (deprecated: API tokens holding
   * {@code upload_symbols} replace them), which the Auth-Token filter lets through to this upload.
   */
  public boolean isConfiguredToken(String token) {
    return token != null && tokens.match(token.strip()).isPresent();
  }

  /**
   * Handles one upload by a caller already known to hold {@code upload_symbols} (an API token or a
   * logged-in user).
   *
   * @param uploader who uploads, for logs and metrics ({@code user:<name>})
   */
  public UploadResult uploadAs(
      String uploader, String contentType, long contentLength, InputStream body) {
    return finish(receive(contentType, contentLength, body, uploader), uploader);
  }

  /**
   * Handles one upload request.
   *
   * @param token the presented upload token, or null
   * @param contentType the request's content type, or null
   * @param contentLength the declared body length, or -1
   */
  public UploadResult upload(
      String token, String contentType, long contentLength, InputStream body) {
    if (!tokens.enabled()) {
      return finish(
          UploadResult.failed(
              UploadOutcome.DISABLED,
              "symbol upload needs an API token holding the upload_symbols permission"
                  + " (no upload token is configured in breakwater.webapp.symbols.upload-tokens)"),
          null);
    }
    if (token == null || token.isBlank()) {
      return finish(
          UploadResult.failed(
              UploadOutcome.UNAUTHORIZED,
              "an upload token is required: send 'Authorization: Bearer <token>'"
                  + " or 'Auth-Token: <token>'"),
          null);
    }
    Optional<String> uploader = tokens.match(token.strip());
    if (uploader.isEmpty()) {
      return finish(
          UploadResult.failed(UploadOutcome.UNAUTHORIZED, "the upload token is not valid"), null);
    }
    return finish(receive(contentType, contentLength, body, uploader.get()), uploader.get());
  }

  private UploadResult receive(
      String contentType, long contentLength, InputStream body, String uploader) {
    try (ReceivedUpload received = reader.read(contentType, contentLength, body)) {
      List<SymbolFileCheck.Accepted> accepted = new ArrayList<>();
      List<Rejection> rejected = new ArrayList<>(received.rejections());
      for (ReceivedFile file : received.files()) {
        SymbolFileCheck.Outcome outcome = SymbolFileCheck.check(file);
        if (outcome.rejection() != null) {
          rejected.add(outcome.rejection());
        } else {
          accepted.add(outcome.accepted());
        }
      }
      if (!rejected.isEmpty()) {
        return new UploadResult(
            UploadOutcome.REJECTED,
            rejected.size()
                + " of "
                + received.count()
                + " files are not valid symbol files; nothing was stored",
            null,
            List.of(),
            List.copyOf(rejected));
      }
      if (accepted.isEmpty()) {
        return UploadResult.failed(UploadOutcome.MALFORMED, "the upload holds no files");
      }
      return new UploadResult(
          UploadOutcome.STORED, null, null, store(accepted, uploader), List.of());
    } catch (UploadTooLargeException e) {
      return new UploadResult(
          UploadOutcome.TOO_LARGE, e.getMessage(), e.limit(), List.of(), List.of());
    } catch (MalformedUploadException e) {
      return UploadResult.failed(UploadOutcome.MALFORMED, e.getMessage());
    } catch (StorageException e) {
      return UploadResult.failed(
          UploadOutcome.STORAGE_ERROR, "storing the symbols failed, try again: " + e.getMessage());
    } catch (IOException e) {
      return UploadResult.failed(
          UploadOutcome.MALFORMED, "the upload could not be read: " + e.getMessage());
    }
  }

  private List<StoredSymbol> store(List<SymbolFileCheck.Accepted> accepted, String uploader) {
    List<StoredSymbol> stored = new ArrayList<>();
    for (SymbolFileCheck.Accepted file : accepted) {
      Path path = file.file().path();
      long size = file.file().size();
      store.put(
          file.key(),
          new BlobSource() {
            @Override
            public long length() {
              return size;
            }

            @Override
            public InputStream open() throws IOException {
              return Files.newInputStream(path);
            }
          });
      StoredSymbol symbol =
          new StoredSymbol(
              file.file().name(),
              file.module().debugFile(),
              file.module().debugId(),
              file.key(),
              size);
      listeners.forEach(listener -> listener.stored(symbol, uploader));
      stored.add(symbol);
    }
    return stored;
  }

  private UploadResult finish(UploadResult result, String uploader) {
    listeners.forEach(listener -> listener.finished(result, uploader));
    return result;
  }
}
