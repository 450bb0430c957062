package org.zhaokao.recruitment.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.zhaokao.identity.application.AccountNames;
import org.zhaokao.identity.application.CandidateProfile;
import org.zhaokao.identity.application.CandidateProfiles;
import org.zhaokao.platform.validation.ConflictException;
import org.zhaokao.platform.validation.RecordNotFoundException;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.privacy.DataProtection;
import org.zhaokao.recruitment.domain.application.Application;
import org.zhaokao.recruitment.domain.application.ApplicationStatus;
import org.zhaokao.recruitment.domain.application.Applications;
import org.zhaokao.recruitment.domain.employer.Employer;
import org.zhaokao.recruitment.domain.employer.Employers;
import org.zhaokao.recruitment.domain.recruitment.Position;
import org.zhaokao.recruitment.domain.recruitment.Recruitment;
import org.zhaokao.recruitment.domain.recruitment.Recruitments;

/**
 * The employer's confirmation document (用人单位确认书): the review results of a recruitment its employer
 * confirmed, position by position, with who confirmed each and when, for the file and for the
 * employer's own records. Ready once the employer answered everything sent to it; the reviewers
 * ({@code application:review}) and the employer's users ({@code application:confirm}) of that
 * employer get it. It carries the SHA-256 digest of what was confirmed and a token signed like an
 * admission ticket's ({@link AdmissionTicketTokens}), which the public verification checks against
 * the records: a forged token is refused, a genuine one says whether the list is still the current
 * one. The web layer lays it out as a PDF.
 */
@Stateless
public class ConfirmationDocuments {

  private static final String PURPOSE = "confirmation-document";
  private static final String VERSION = "c1";
  private static final int MAX_TOKEN = 300;

  @Inject private Applications applications;
  @Inject private Recruitments recruitments;
  @Inject private Employers employers;
  @Inject private Guard guard;
  @Inject private DataProtection protection;
  @EJB private CandidateProfiles profiles;
  @EJB private AccountNames names;

  /**
   * One confirmed decision.
   *
   * @param positionCode the position's code
   * @param position the position's title
   * @param name the candidate's real name
   * @param maskedIdNumber the ID number, masked
   * @param decision APPROVED (资格审核合格) or REJECTED
   * @param ticketNumber the admission-ticket number of an approval, once issued, or null
   * @param confirmedBy the display name of the employer user who confirmed
   * @param confirmedAt when, in China time
   */
  public record Line(
      String positionCode,
      String position,
      String name,
      String maskedIdNumber,
      String decision,
      String ticketNumber,
      String confirmedBy,
      OffsetDateTime confirmedAt) {}

  /**
   * The document's content.
   *
   * @param recruitmentCode the recruitment's code
   * @param recruitment its title
   * @param employer the employer's name
   * @param lines the confirmed decisions, by position code, approvals first
   * @param confirmers who confirmed, each once
   * @param lastConfirmedAt the latest confirmation, in China time
   * @param digest SHA-256 (hex) of the confirmed decisions
   * @param token the signed token of the verification QR code
   */
  public record Sheet(
      String recruitmentCode,
      String recruitment,
      String employer,
      List<Line> lines,
      List<String> confirmers,
      OffsetDateTime lastConfirmedAt,
      String digest,
      String token) {}

  /**
   * What the public verification shows of a genuine document.
   *
   * @param recruitmentCode the recruitment's code
   * @param recruitment its title
   * @param digest the digest the document carries
   * @param current whether the confirmed decisions are still those the document lists
   * @param approved confirmed approvals now
   * @param rejected confirmed rejections now
   */
  public record Verified(
      String recruitmentCode,
      String recruitment,
      String digest,
      boolean current,
      int approved,
      int rejected) {}

  /**
   * The recruitment's confirmation document.
   *
   * @throws ConflictException 409 before the employer confirmed anything, or while decisions still
   *     wait for it
   */
  public Sheet sheet(Actor actor, long recruitmentId) {
    Recruitment r =
        recruitments
            .find(recruitmentId)
            .orElseThrow(() -> new RecordNotFoundException("recruitment", recruitmentId));
    if (!Guard.mayOn(actor, Review.REVIEW, r.employerId(), r.id())
        && !Guard.mayOn(actor, EmployerConfirmation.CONFIRM, r.employerId(), r.id())) {
      throw guard.deny(
          actor,
          Guard.onEmployer(EmployerConfirmation.CONFIRM, r.employerId()),
          "recruitment",
          String.valueOf(r.id()));
    }
    List<Application> confirmed = applications.confirmed(r.id());
    if (confirmed.isEmpty()) {
      throw new ConflictException(
          "confirmation-document-not-ready",
          "The employer has not confirmed any review result of "
              + r.code()
              + " yet: the confirmation document lists confirmed results only");
    }
    if (!applications.awaitingConfirmation(r.id(), 0, 1).isEmpty()) {
      throw new ConflictException(
          "confirmation-document-incomplete",
          "Review results of "
              + r.code()
              + " still wait for the employer's confirmation: the document is made once all are"
              + " answered");
    }
    List<Line> lines =
        confirmed.stream()
            .map(this::line)
            .sorted(
                Comparator.comparing(Line::positionCode)
                    .thenComparing(Line::decision)
                    .thenComparing(Line::confirmedAt))
            .toList();
    String digest = digest(r.id(), confirmed);
    guard.record(
        guard
            .entry(actor, "application.review.confirmation-document")
            .target("recruitment", String.valueOf(r.id()))
            .detail("digest", digest));
    return new Sheet(
        r.code(),
        r.title(),
        employers.find(r.employerId()).map(Employer::name).orElse(""),
        lines,
        lines.stream().map(Line::confirmedBy).distinct().toList(),
        lines.stream().map(Line::confirmedAt).max(OffsetDateTime::compareTo).orElseThrow(),
        digest,
        token(r.id(), digest));
  }

  /**
   * Whether the document can be made: the employer confirmed results and none waits for it. For
   * screens that offer the download; {@link #sheet} checks access.
   */
  public boolean ready(long recruitmentId) {
    return !applications.confirmed(recruitmentId).isEmpty()
        && applications.awaitingConfirmation(recruitmentId, 0, 1).isEmpty();
  }

  /** The document a token proves, or empty for a forged, altered or unknown one. */
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
    byte[] expected = protection.index(PURPOSE, payload).getBytes(StandardCharsets.US_ASCII);
    String[] parts = payload.split("\\.");
    if (!MessageDigest.isEqual(given, expected) || parts.length != 3 || !parts[0].equals(VERSION)) {
      return Optional.empty();
    }
    long id;
    try {
      id = Long.parseLong(parts[1]);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    return recruitments
        .find(id)
        .map(
            r -> {
              List<Application> confirmed = applications.confirmed(id);
              int rejected =
                  (int) confirmed.stream().filter(ConfirmationDocuments::rejected).count();
              return new Verified(
                  r.code(),
                  r.title(),
                  parts[2],
                  parts[2].equals(digest(id, confirmed)),
                  confirmed.size() - rejected,
                  rejected);
            });
  }

  private Line line(Application a) {
    Position p = recruitments.position(a.positionId()).orElseThrow();
    Optional<CandidateProfile> c = profiles.of(a.candidateId());
    return new Line(
        p.code(),
        p.title(),
        c.map(CandidateProfile::realName).orElse(""),
        c.map(CandidateProfile::maskedIdNumber).orElse(""),
        rejected(a) ? ApplicationStatus.REJECTED.name() : ApplicationStatus.APPROVED.name(),
        a.ticketNumber().orElse(null),
        a.employer().by().map(names::of).orElse(""),
        RecruitmentViews.china(a.employer().at().orElseThrow()));
  }

  /**
   * A confirmed decision is a rejection or an approval; an approval stays one on the document
   * whatever happens to the application in the stages after it (admitted, disqualified).
   */
  private static boolean rejected(Application a) {
    return a.status() == ApplicationStatus.REJECTED;
  }

  /** Over what the employer confirmed, not over what changes later, so a print stays verifiable. */
  private static String digest(long recruitmentId, List<Application> confirmed) {
    StringBuilder canonical = new StringBuilder("recruitment:").append(recruitmentId);
    for (Application a : confirmed) {
      canonical
          .append('\n')
          .append(a.id())
          .append('|')
          .append(a.positionId())
          .append('|')
          .append(rejected(a) ? "REJECTED" : "APPROVED")
          .append('|')
          .append(a.employer().by().orElse(0L))
          .append('|')
          .append(a.employer().at().orElseThrow().toInstant());
    }
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private String token(long recruitmentId, String digest) {
    String payload = VERSION + "." + recruitmentId + "." + digest;
    return payload + "." + protection.index(PURPOSE, payload);
  }
}
