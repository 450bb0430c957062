package org.zhaokao.it.support;

/** Small JSON bodies for requests. */
public final class Json {

  private Json() {}

  /** An object of string fields from alternating names and values. */
  public static String object(String... namesAndValues) {
    var builder = jakarta.json.Json.createObjectBuilder();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (namesAndValues[i + 1] == null) {
        builder.addNull(namesAndValues[i]);
      } else {
        builder.add(namesAndValues[i], namesAndValues[i + 1]);
      }
    }
    return builder.build().toString();
  }
}
