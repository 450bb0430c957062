package org.zhaokao.audit.domain;

import java.util.Map;
import java.util.TreeMap;

/**
 * The details of an entry as a JSON object with keys in order and one fixed way of escaping, so the
 * same details always give the same text, whatever JSON library a server ships: the text is what
 * gets hashed.
 */
public final class DetailsJson {

  private DetailsJson() {}

  public static String encode(Map<String, String> details) {
    StringBuilder json = new StringBuilder("{");
    new TreeMap<>(details)
        .forEach(
            (key, value) -> {
              if (json.length() > 1) {
                json.append(',');
              }
              quote(json, key);
              json.append(':');
              quote(json, value);
            });
    return json.append('}').toString();
  }

  private static void quote(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
