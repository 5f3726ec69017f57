package dev.breakwater.signature;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.breakwater.signature.lists.SignatureLists;
import java.io.UncheckedIOException;
import java.util.List;

/** Shared helpers for the signature tests. */
public final class SignatureTestSupport {

  public static final ObjectMapper JSON = new ObjectMapper();

  private SignatureTestSupport() {}

  public static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static CrashData crash(String json) {
    return CrashData.of(json(json));
  }

  /** Small lists in the shape of the reference test suite's defaults. */
  public static SignatureLists lists(List<String> irrelevant, List<String> prefix) {
    return lists(irrelevant, prefix, List.of("sentinel", "sentinel2 | requires: ff"));
  }

  public static SignatureLists lists(
      List<String> irrelevant, List<String> prefix, List<String> sentinels) {
    return SignatureLists.of(
        irrelevant,
        prefix,
        List.of("fnNeedNumber"),
        List.of("(?i).*\\.dll"),
        sentinels,
        "test lists");
  }

  /** The reference test suite's default lists. */
  public static SignatureLists defaultTestLists() {
    return lists(List.of("ignored1"), List.of("pre1", "pre2"));
  }

  /** A signature state whose signature is already {@code signature}. */
  public static SignatureState stateWith(String signature) {
    SignatureState state = new SignatureState();
    if (signature != null) {
      state.setSignature("test", signature);
    }
    return state;
  }
}
