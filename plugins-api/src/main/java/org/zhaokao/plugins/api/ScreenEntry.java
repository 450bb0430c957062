package org.zhaokao.plugins.api;

import java.util.Optional;

/**
 * A menu entry the plugin contributes to the staff console's side menu ({@link
 * StagePlugin#screens()}), or a page for candidates linked from the portal ({@link
 * StagePlugin#candidateScreens()}, with no required action).
 *
 * @param labelKey message key of the menu label
 * @param path path inside the plugin's web context, starting with {@code /} ({@code /rooms.xhtml})
 * @param requiredAction the permission action needed to see the entry (see {@link
 *     PermissionDefinition}), or empty for every staff member
 */
public record ScreenEntry(String labelKey, String path, Optional<String> requiredAction) {

  public ScreenEntry {
    StageDescriptor.requireText(labelKey, "labelKey");
    StageDescriptor.requireText(path, "path");
    if (!path.startsWith("/")
        || path.startsWith("//")
        || path.contains("..")
        || path.contains("\\")) {
      throw new IllegalArgumentException(
          "screen path must be a path inside the plugin's context like /rooms.xhtml, got '"
              + path
              + "'");
    }
    requiredAction.ifPresent(a -> StageDescriptor.requireId(a, "required action"));
  }

  /** A page for candidates: no permission, the page shows a candidate only what is theirs. */
  public static ScreenEntry forCandidates(String labelKey, String path) {
    return new ScreenEntry(labelKey, path, Optional.empty());
  }

  /** An entry visible to holders of {@code stage:<id>:<action>}. */
  public static ScreenEntry of(String labelKey, String path, String requiredAction) {
    return new ScreenEntry(labelKey, path, Optional.of(requiredAction));
  }
}
