package org.zhaokao.plugins.api;

/**
 * How this server runs. {@code -Dzhaokao.demo=true} (set by the README's run command) marks a
 * demonstration install on a developer's machine: demo data is loaded and, until staff login
 * exists, the staff console opens to requests from this machine only.
 */
public final class RunMode {

  /** System property that switches demo mode on. */
  public static final String DEMO_PROPERTY = "zhaokao.demo";

  private RunMode() {}

  public static boolean demo() {
    return Boolean.getBoolean(DEMO_PROPERTY);
  }
}
