package org.zhaokao.identity.application;

/**
 * What a candidate types to register (考生注册).
 *
 * @param realName name as on the ID card
 * @param idNumber 18-character resident ID number
 * @param mobile mainland mobile number
 * @param email email address
 * @param password the chosen password
 */
public record RegistrationForm(
    String realName, String idNumber, String mobile, String email, String password) {

  /** Never prints the password or personal data. */
  @Override
  public String toString() {
    return "RegistrationForm[...]";
  }
}
