package org.zhaokao.written.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.zhaokao.written.domain.paper.Paper;
import org.zhaokao.written.domain.paper.PaperCodec;
import org.zhaokao.written.domain.paper.PaperContent;
import org.zhaokao.written.domain.paper.WrittenExam;
import org.zhaokao.written.infrastructure.crypto.MasterKey;
import org.zhaokao.written.infrastructure.crypto.PaperCipher;

/**
 * Seals papers under their exam's data key and opens them — never before the exam starts: the data
 * key is unwrapped only from the start time on (试卷启封). Callers audit every opening.
 */
@ApplicationScoped
public class PaperVault {

  @Inject private MasterKey masterKey;

  public String seal(WrittenExam exam, long applicationId, PaperContent content) {
    return PaperCipher.seal(
        dataKey(exam), PaperCodec.write(content), Paper.binding(exam.id(), applicationId));
  }

  /**
   * @throws UseCaseException 409 before the exam's start
   */
  public PaperContent open(WrittenExam exam, Paper paper, Instant now) {
    if (!exam.started(now)) {
      throw UseCaseException.conflict(
          "exam.notStarted", "the paper opens at the exam's start, " + exam.startsAt());
    }
    return PaperCodec.read(
        PaperCipher.open(
            dataKey(exam), paper.sealedContent(), Paper.binding(exam.id(), paper.applicationId())));
  }

  /** Seals other material of the exam (snapshots) under its data key, bound to {@code binding}. */
  public String sealBytes(WrittenExam exam, byte[] plain, String binding) {
    return PaperCipher.seal(dataKey(exam), plain, binding);
  }

  public byte[] openBytes(WrittenExam exam, String sealed, String binding) {
    return PaperCipher.openBytes(dataKey(exam), sealed, binding);
  }

  private byte[] dataKey(WrittenExam exam) {
    return masterKey.unwrap(exam.wrappedKey(), WrittenExam.keyBinding(exam.recruitmentId()));
  }
}
