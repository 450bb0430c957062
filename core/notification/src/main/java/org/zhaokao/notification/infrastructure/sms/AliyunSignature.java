package org.zhaokao.notification.infrastructure.sms;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The request signature of Aliyun's RPC APIs (signature version 1.0, HMAC-SHA1), as Dysmsapi's
 * SendSms documents it: parameters sorted by name, each name and value percent-encoded (RFC 3986:
 * space as %20, * as %2A, ~ kept), joined into the canonical query; the string to sign is {@code
 * METHOD&%2F&} plus that query encoded once more; the key is the AccessKey secret followed by
 * {@code &}; the signature is the Base64 of the HMAC.
 */
public final class AliyunSignature {

  private AliyunSignature() {}

  /** Percent-encoding as the Aliyun API wants it. */
  public static String percentEncode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8)
        .replace("+", "%20")
        .replace("*", "%2A")
        .replace("%7E", "~");
  }

  /** The sorted, encoded {@code name=value&...} of every parameter but {@code Signature}. */
  public static String canonicalQuery(Map<String, String> parameters) {
    return new TreeMap<>(parameters)
        .entrySet().stream()
            .filter(e -> !e.getKey().equals("Signature"))
            .map(e -> percentEncode(e.getKey()) + "=" + percentEncode(e.getValue()))
            .collect(Collectors.joining("&"));
  }

  public static String stringToSign(String httpMethod, Map<String, String> parameters) {
    return httpMethod + "&" + percentEncode("/") + "&" + percentEncode(canonicalQuery(parameters));
  }

  /** The {@code Signature} parameter for {@code parameters} sent with {@code httpMethod}. */
  public static String sign(String httpMethod, Map<String, String> parameters, String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec((secret + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
      byte[] digest =
          mac.doFinal(stringToSign(httpMethod, parameters).getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 is not available", e);
    }
  }
}
