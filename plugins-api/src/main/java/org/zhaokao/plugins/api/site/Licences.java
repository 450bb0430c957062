package org.zhaokao.plugins.api.site;

import java.util.Objects;

/**
 * The agency's licences that every page shows in its footer (SPEC P1): the business licence (营业执照),
 * the human-resources service licence (人力资源服务许可证) and the ICP filing (ICP备案), each with its number
 * and, where published, the address of a scanned image (or, for the filing, of the public record).
 * A value that staff have not yet set is the empty string, never null.
 *
 * @since SPI 1.3
 */
public record Licences(
    String businessNumber,
    String businessImage,
    String hrNumber,
    String hrImage,
    String icpNumber,
    String icpLink) {

  /** No licence published yet: every value empty. */
  public static final Licences NONE = new Licences("", "", "", "", "", "");

  public Licences {
    businessNumber = Objects.requireNonNullElse(businessNumber, "");
    businessImage = Objects.requireNonNullElse(businessImage, "");
    hrNumber = Objects.requireNonNullElse(hrNumber, "");
    hrImage = Objects.requireNonNullElse(hrImage, "");
    icpNumber = Objects.requireNonNullElse(icpNumber, "");
    icpLink = Objects.requireNonNullElse(icpLink, "");
  }
}
