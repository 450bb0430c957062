package org.zhaokao.web.rest.auth;

/**
 * A login request.
 *
 * @param loginId ID number, mobile or email (candidates), or username (staff)
 * @param password the password
 */
public record Credentials(String loginId, String password) {

  @Override
  public String toString() {
    return "Credentials[...]";
  }
}
