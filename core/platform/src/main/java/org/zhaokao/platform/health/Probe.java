package org.zhaokao.platform.health;

/**
 * The result of checking one dependency.
 *
 * @param name what was checked ({@code database})
 * @param up whether it answered
 * @param detail why it is down, or empty; never carries secrets or stack traces
 */
public record Probe(String name, boolean up, String detail) {

  public static Probe up(String name) {
    return new Probe(name, true, "");
  }

  public static Probe down(String name, String detail) {
    return new Probe(name, false, detail);
  }
}
