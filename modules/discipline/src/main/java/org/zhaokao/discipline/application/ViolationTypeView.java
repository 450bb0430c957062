package org.zhaokao.discipline.application;

import java.time.OffsetDateTime;
import java.util.List;
import org.zhaokao.discipline.domain.catalogue.ViolationType;
import org.zhaokao.discipline.domain.catalogue.ViolationTypeTerms;

/** One version of a violation type as screens and the REST API show it. */
public record ViolationTypeView(
    long id,
    String code,
    int version,
    boolean current,
    String nameZh,
    String nameEn,
    String standard,
    boolean evidenceRequired,
    String evidenceNote,
    List<String> sanctions,
    int maxBlacklistYears,
    OffsetDateTime createdAt,
    String createdBy) {

  static ViolationTypeView of(ViolationType t) {
    ViolationTypeTerms terms = t.terms();
    return new ViolationTypeView(
        t.id(),
        t.code(),
        t.version(),
        t.current(),
        terms.nameZh(),
        terms.nameEn(),
        terms.standard(),
        terms.evidenceRequired(),
        terms.evidenceNote(),
        terms.sanctions().stream().map(Enum::name).sorted().toList(),
        terms.maxBlacklistYears(),
        t.createdAt(),
        t.createdBy());
  }
}
