package org.zhaokao.content.domain.survey;

import java.util.List;

/**
 * Who took part in a recruitment: the candidates with an application in it (报名), whatever became of
 * the application. They may answer its surveys and count for the response rate.
 */
public interface Participants {

  boolean tookPart(long candidateId, long recruitmentId);

  long count(long recruitmentId);

  /** Their account ids. */
  List<Long> of(long recruitmentId);

  /** The recruitments the candidate applied to. */
  List<Long> recruitmentsOf(long candidateId);
}
