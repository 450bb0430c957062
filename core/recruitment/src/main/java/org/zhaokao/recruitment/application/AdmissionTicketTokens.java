package org.zhaokao.recruitment.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import org.zhaokao.identity.application.CandidateProfile;
import org.zhaokao.identity.application.CandidateProfiles;
import org.zhaokao.privacy.DataProtection;
import org.zhaokao.privacy.Masking;
import org.zhaokao.recruitment.domain.application.Application;
import org.zhaokao.recruitment.domain.application.Applications;
import org.zhaokao.recruitment.domain.recruitment.Position;
import org.zhaokao.recruitment.domain.recruitment.Recruitment;
import org.zhaokao.recruitment.domain.recruitment.Recruitments;

/**
 * The signed token in an admission ticket's QR code (准考证验真), and its check on the public
 * verification page. The token names the application and its ticket number and carries an
 * HMAC-SHA256 under the server's configured key (the key file's HMAC key, with this purpose as the
 * domain label, through {@link DataProtection#index}); nobody without the key can make one, and a
 * changed number or id no longer matches. A genuine token shows only what a proctor at the door
 * needs: the masked name, recruitment, position, number and status.
 */
@Stateless
public class AdmissionTicketTokens {

  private static final String PURPOSE = "admission-ticket";
  private static final String VERSION = "t1";
  private static final int MAX_TOKEN = 400;

  @Inject private DataProtection protection;
  @EJB private CandidateProfiles profiles;
  @Inject private Applications applications;
  @Inject private Recruitments recruitments;

  /**
   * What the verification page shows of a genuine ticket.
   *
   * @param maskedName the candidate's name, masked
   * @param recruitment the recruitment's title
   * @param positionCode the position's code
   * @param position the position's title
   * @param ticketNumber the number
   * @param status the application's status (APPROVED while the ticket is valid)
   */
  public record Verified(
      String maskedName,
      String recruitment,
      String positionCode,
      String position,
      String ticketNumber,
      String status) {}

  /** The token of an application that has a ticket number. */
  public String token(Application a) {
    String payload =
        VERSION
            + "."
            + a.id()
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(a.ticketNumber().orElseThrow().getBytes(StandardCharsets.UTF_8));
    return payload + "." + signature(payload);
  }

  /** The ticket a token proves, or empty for a forged, altered or unknown one. */
  public Optional<Verified> verify(String token) {
    if (token == null || token.length() > MAX_TOKEN) {
      return Optional.empty();
    }
    int dot = token.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String payload = token.substring(0, dot);
    byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
    byte[] expected = signature(payload).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(given, expected)) {
      return Optional.empty();
    }
    String[] parts = payload.split("\\.");
    if (parts.length != 3 || !parts[0].equals(VERSION)) {
      return Optional.empty();
    }
    long id;
    String number;
    try {
      id = Long.parseLong(parts[1]);
      number = new String(Base64.getUrlDecoder().decode(parts[2]), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return applications
        .find(id)
        .filter(a -> a.ticketNumber().filter(number::equals).isPresent())
        .map(this::verified);
  }

  private Verified verified(Application a) {
    Recruitment r = recruitments.find(a.recruitmentId()).orElseThrow();
    Position p = recruitments.position(a.positionId()).orElseThrow();
    String name = profiles.of(a.candidateId()).map(CandidateProfile::realName).orElse("");
    return new Verified(
        Masking.name(name),
        r.title(),
        p.code(),
        p.title(),
        a.ticketNumber().orElseThrow(),
        a.status().name());
  }

  private String signature(String payload) {
    return protection.index(PURPOSE, payload);
  }
}
