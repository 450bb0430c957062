package org.zhaokao.pipeline.application.flow;

import java.util.Locale;

/**
 * The language to write to a candidate in (the account's preferred one, else zh_CN); the
 * recruitment module implements it from identity.
 */
public interface CandidateLanguages {

  Locale of(long candidateId);
}
