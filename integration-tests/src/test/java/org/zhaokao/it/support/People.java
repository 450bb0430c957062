package org.zhaokao.it.support;

import java.security.SecureRandom;

/**
 * Made-up candidates with valid, unique identifiers, so tests never collide with each other or with
 * data of an earlier run.
 */
public final class People {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK = "10X98765432";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Demo logins that exist on every demo-mode server. */
  public static final String ADMIN = "admin";

  public static final String ADMIN_PASSWORD = "Zhaokao-Demo-2026";

  /** The second demo administrator (reviews what the first creates). */
  public static final String ADMIN2 = "admin2";

  public static final String ADMIN2_KEY = "PJUGC33LMFXS243FMNXW4ZBNMFSG22LO";

  private People() {}

  /**
   * A registration form's fields.
   *
   * @param name real name
   * @param idNumber valid 18-character ID number
   * @param mobile mobile number
   * @param email email
   * @param password a password the policy accepts
   */
  public record Person(String name, String idNumber, String mobile, String email, String password) {
    public String registration() {
      return Json.object(
          "realName",
          name,
          "idNumber",
          idNumber,
          "mobile",
          mobile,
          "email",
          email,
          "password",
          password);
    }
  }

  public static Person fresh() {
    String seventeen =
        "110105"
            + (1970 + RANDOM.nextInt(30))
            + String.format("%02d%02d", 1 + RANDOM.nextInt(12), 1 + RANDOM.nextInt(28))
            + String.format("%03d", RANDOM.nextInt(1000));
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (seventeen.charAt(i) - '0') * WEIGHTS[i];
    }
    String id = seventeen + CHECK.charAt(sum % 11);
    String mobile = "139" + String.format("%08d", RANDOM.nextInt(100_000_000));
    String email = "c" + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36) + "@example.cn";
    return new Person("李四", id, mobile, email, "春风又绿江南岸-" + RANDOM.nextInt(1000));
  }
}
