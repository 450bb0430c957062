package org.zhaokao.pipeline.application.flow;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the pipeline needs to know about recruitments and applications, which the recruitment module
 * owns (and which depends on this module, so the arrow points this way): the recruitment module
 * implements this as a local EJB.
 */
public interface RecruitmentFacts {

  /** The recruitment with its positions, if it exists. */
  Optional<Facts> recruitment(long recruitmentId);

  /** The approved applications (资格审核通过) of the recruitment: who enters the first stage. */
  List<Candidacy> approved(long recruitmentId);

  /** The candidate's applications, newest first. */
  List<Candidacy> ofCandidate(long candidateId);

  /**
   * What a public list (the admission publicity, 拟录用公示) shows of each given application: the
   * candidate's masked name and the admission-ticket number. Unknown ids are left out.
   */
  Map<Long, PublicEntry> publicEntries(Collection<Long> applicationIds);

  /**
   * What a stage's staff need of each given application (the roster a stage plugin reads): the
   * candidate's name, gender, birth date, masked ID number and the ticket number. Unknown ids are
   * left out.
   */
  Map<Long, EntrantFacts> entrantFacts(Collection<Long> applicationIds);

  /** An application as a stage's staff see it. */
  record EntrantFacts(
      String realName,
      String gender,
      java.time.LocalDate birthDate,
      String maskedIdNumber,
      Optional<String> ticketNumber) {}

  /** An application as the public sees it: {@code 张*} and the ticket number (or null). */
  record PublicEntry(String maskedName, String ticketNumber) {}

  /** The photo of an application (报名照片), decrypted, if it has one. */
  Optional<byte[]> photo(long applicationId);

  /**
   * A recruitment.
   *
   * @param id its id
   * @param employerId the employer (招考单位) whose users confirm
   * @param title its title, for notifications
   * @param positions by id
   */
  record Facts(long id, long employerId, String title, Map<Long, PositionFact> positions) {

    /** Places per position id (招聘人数). */
    public Map<Long, Integer> headcounts() {
      Map<Long, Integer> out = new java.util.HashMap<>();
      positions.forEach((id, p) -> out.put(id, p.headcount()));
      return out;
    }

    public String positionTitle(long positionId) {
      PositionFact p = positions.get(positionId);
      return p == null ? String.valueOf(positionId) : p.title();
    }
  }

  /** A position with its headcount. */
  record PositionFact(long id, String code, String title, int headcount) {}

  /** An application as the pipeline sees it. */
  record Candidacy(long applicationId, long recruitmentId, long positionId, long candidateId) {}
}
