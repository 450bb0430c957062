package org.zhaokao.web.rest.auth;

/**
 * @param currentPassword the password now
 * @param newPassword the new password
 */
public record PasswordChange(String currentPassword, String newPassword) {

  @Override
  public String toString() {
    return "PasswordChange[...]";
  }
}
