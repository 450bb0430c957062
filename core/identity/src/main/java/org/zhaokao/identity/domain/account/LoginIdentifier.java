package org.zhaokao.identity.domain.account;

import java.time.LocalDate;
import java.util.Locale;
import org.zhaokao.privacy.IdNumber;

/**
 * What a person typed in the login box: a candidate logs in with ID number, mobile or email; staff
 * and employer users with their username. Normalised the way the blind indexes were computed.
 *
 * @param kind which identifier it is
 * @param value the normalised value
 */
public record LoginIdentifier(Kind kind, String value) {

  /** The kinds of identifier. */
  public enum Kind {
    ID_NUMBER,
    MOBILE,
    EMAIL,
    USERNAME
  }

  public static LoginIdentifier of(String typed, LocalDate today) {
    String t = typed == null ? "" : typed.trim();
    if (t.length() == 18 && IdNumber.check(t, today).isEmpty()) {
      return new LoginIdentifier(Kind.ID_NUMBER, t.toUpperCase(Locale.ROOT));
    }
    if (ContactRules.isMobile(t)) {
      return new LoginIdentifier(Kind.MOBILE, t);
    }
    if (t.contains("@")) {
      return new LoginIdentifier(Kind.EMAIL, ContactRules.normaliseEmail(t));
    }
    return new LoginIdentifier(Kind.USERNAME, t.toLowerCase(Locale.ROOT));
  }

  /** The candidate field whose blind index this identifier is looked up in. */
  public String candidateField() {
    return switch (kind) {
      case ID_NUMBER -> Candidate.ID_NUMBER;
      case MOBILE -> Candidate.MOBILE;
      case EMAIL -> Candidate.EMAIL;
      case USERNAME -> throw new IllegalStateException("a username is not a candidate identifier");
    };
  }
}
