package org.zhaokao.it.support;

import static org.zhaokao.it.support.Recruiting.expect;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Staff accounts holding one role with the permissions a test needs (the role made through the role
 * editor when it is not built in), kept for the whole run: each test class redeploys the core,
 * which ends every session, so they are created and logged in afresh when that happened.
 */
public final class RoleHolders {

  private final String role;
  private final String nameZh;
  private final String nameEn;
  private final String permissions;
  private Browsing first;
  private Browsing second;

  /**
   * @param role the role's code (a built-in one, or one this makes)
   * @param nameZh its Chinese name when it has to be made
   * @param nameEn its English name when it has to be made
   * @param permissions what it may do
   */
  public RoleHolders(String role, String nameZh, String nameEn, String... permissions) {
    this.role = role;
    this.nameZh = nameZh;
    this.nameEn = nameEn;
    this.permissions =
        Arrays.stream(permissions)
            .map(p -> "\"" + p + "\"")
            .collect(Collectors.joining(",", "[", "]"));
  }

  /** The first holder. */
  public synchronized Browsing first() {
    setUp();
    return first;
  }

  /** A second holder, for what needs two people. */
  public synchronized Browsing second() {
    setUp();
    return second;
  }

  private void setUp() {
    if (first != null && first.get("/zhaokao/api/v1/me").statusCode() == 200) {
      return;
    }
    HttpResponse<String> created =
        Admin.post(
            "/zhaokao/api/v1/admin/roles",
            "",
            Json.object("code", role, "nameZh", nameZh, "nameEn", nameEn));
    if (created.statusCode() != 201 && created.statusCode() != 409) {
      throw new AssertionError("role " + role + ": " + created.statusCode() + " " + created.body());
    }
    expect(204, Admin.put("/zhaokao/api/v1/admin/roles/" + role + "/permissions", "", permissions));
    first = Staff.create(role, "GLOBAL", "");
    second = Staff.create(role, "GLOBAL", "");
  }
}
