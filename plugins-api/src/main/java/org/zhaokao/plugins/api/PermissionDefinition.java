package org.zhaokao.plugins.api;

/**
 * A permission a plugin checks, seeded by the core into the role editor.
 *
 * <p>The full permission string is {@code stage:<stage id>:<action>} (for example {@code
 * stage:interview:score}); the plugin declares only the action.
 *
 * @param action lower-case letters, digits and hyphens
 * @param descriptionKey message key that explains the permission to an administrator
 */
public record PermissionDefinition(String action, String descriptionKey) {

  public PermissionDefinition {
    StageDescriptor.requireId(action, "permission action");
    StageDescriptor.requireText(descriptionKey, "descriptionKey");
  }

  /** The permission string as checked at run time. */
  public String permission(String stageId) {
    return "stage:" + stageId + ":" + action;
  }
}
