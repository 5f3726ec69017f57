package dev.breakwater.webapp.auth.token;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.crash.access.Permission;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** A token as the token API shows it: never its key, except once in {@link #created}. */
final class TokenJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private TokenJson() {}

  static ObjectNode token(ApiToken token, OffsetDateTime now) {
    ObjectNode json = NODES.objectNode();
    json.put("id", token.id());
    json.put("key_prefix", token.keyPrefix());
    ArrayNode permissions = json.putArray("permissions");
    token.permissions().stream().map(Permission::codename).sorted().forEach(permissions::add);
    json.put("notes", token.notes());
    json.put("created", time(token.created()));
    json.put("expires", time(token.expires()));
    json.put("expired", token.expires().isBefore(now));
    if (token.lastUsed() == null) {
      json.putNull("last_used");
    } else {
      json.put("last_used", time(token.lastUsed()));
    }
    return json;
  }

  static ObjectNode created(ApiTokens.Created created, OffsetDateTime now) {
    ObjectNode json = token(created.token(), now);
    json.put("key", created.key().key());
    return json;
  }

  private static String time(OffsetDateTime time) {
    return time.withOffsetSameInstant(ZoneOffset.UTC)
        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }
}
