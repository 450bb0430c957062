package org.zhaokao.recruitment.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.zhaokao.identity.application.CandidateProfile;
import org.zhaokao.identity.application.CandidateProfiles;
import org.zhaokao.pipeline.application.flow.MyResults;
import org.zhaokao.pipeline.application.flow.ScheduleForm;
import org.zhaokao.platform.validation.ConflictException;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.recruitment.domain.application.Application;
import org.zhaokao.recruitment.domain.application.Applications;
import org.zhaokao.recruitment.domain.recruitment.Position;
import org.zhaokao.recruitment.domain.recruitment.Recruitment;
import org.zhaokao.recruitment.domain.recruitment.Recruitments;

/**
 * What a candidate prints (SPEC P3): the application form (报名表) of any own application, and the
 * admission ticket (准考证) once its number is issued. Only the candidate's own applications; the web
 * layer lays them out as PDFs.
 */
@Stateless
public class CandidateDocuments {

  @Inject private Applications applications;
  @Inject private Recruitments recruitments;
  @Inject private ApplicationViews views;
  @Inject private Guard guard;
  @EJB private CandidateProfiles profiles;
  @EJB private AdmissionTicketTokens tokens;
  @EJB private MyResults results;

  /**
   * The admission ticket's content.
   *
   * @param name real name
   * @param maskedIdNumber masked ID number
   * @param gender MALE or FEMALE
   * @param ticketNumber 准考证号
   * @param recruitment the recruitment's title
   * @param positionCode position code
   * @param position position title
   * @param department the position's department
   * @param examSubjects exam subjects
   * @param contacts the recruitment's contacts
   * @param token the signed token the QR code carries
   * @param sitting when and where the candidate sits next (the current stage's time and place), if
   *     the stage has them
   */
  public record Ticket(
      String name,
      String maskedIdNumber,
      String gender,
      String ticketNumber,
      String recruitment,
      String positionCode,
      String position,
      String department,
      List<String> examSubjects,
      String contacts,
      String token,
      Optional<ScheduleForm> sitting) {}

  /** The application form's content: the application as its candidate sees it. */
  public ApplicationView form(Actor actor, long applicationId) {
    return views.view(own(actor, applicationId), false);
  }

  /** The ticket; 409 until the number is issued. */
  public Ticket ticket(Actor actor, long applicationId) {
    Application a = own(actor, applicationId);
    if (a.ticketNumber().isEmpty()) {
      throw new ConflictException(
          "ticket-not-issued", "The admission ticket number of this application is not issued yet");
    }
    Recruitment r = recruitments.find(a.recruitmentId()).orElseThrow();
    Position p = recruitments.position(a.positionId()).orElseThrow();
    CandidateProfile c = profiles.of(a.candidateId()).orElseThrow();
    return new Ticket(
        c.realName(),
        c.maskedIdNumber(),
        c.gender(),
        a.ticketNumber().orElseThrow(),
        r.title(),
        p.code(),
        p.title(),
        p.department(),
        p.examSubjects(),
        r.contacts(),
        tokens.token(a),
        results.currentSchedule(a.id(), a.recruitmentId()));
  }

  private Application own(Actor actor, long id) {
    return applications.owned(guard.candidate(actor), id);
  }
}
