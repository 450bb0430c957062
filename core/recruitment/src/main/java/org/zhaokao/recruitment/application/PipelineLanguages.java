package org.zhaokao.recruitment.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import java.util.Locale;
import org.zhaokao.identity.application.AccountLanguages;
import org.zhaokao.pipeline.application.flow.CandidateLanguages;

/** Gives the pipeline each candidate's language from their account. */
@Stateless
@Local(CandidateLanguages.class)
public class PipelineLanguages implements CandidateLanguages {

  @EJB private AccountLanguages languages;

  @Override
  public Locale of(long candidateId) {
    return languages.of(candidateId);
  }
}
