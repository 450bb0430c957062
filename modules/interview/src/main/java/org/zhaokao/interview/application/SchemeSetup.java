package org.zhaokao.interview.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.zhaokao.interview.InterviewPlugin;
import org.zhaokao.interview.Permission;
import org.zhaokao.interview.SchemeSettings;
import org.zhaokao.interview.domain.Dimension;
import org.zhaokao.interview.domain.InterviewStore;
import org.zhaokao.interview.domain.Rounding;
import org.zhaokao.interview.domain.ScoringScheme;
import org.zhaokao.plugins.api.config.ConfigValidationException;
import org.zhaokao.plugins.api.config.StageConfig;
import org.zhaokao.plugins.api.roster.StageAssignment;
import org.zhaokao.plugins.api.security.Actor;

/** A recruitment's scoring scheme (评分方案): dimensions, examiners per panel, rounding, pass mark. */
@Stateless
public class SchemeSetup {

  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,39}");
  private static final int MAX_DIMENSIONS = 12;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Inject private Stage stage;
  @Inject private InterviewStore store;
  @Inject private Records records;

  /** The recruitments whose chain holds the interview, newest first. */
  public List<StageAssignment> recruitments(Actor actor) {
    List<StageAssignment> all = stage.core().roster().assignments(InterviewPlugin.ID);
    return all.stream()
        .filter(a -> stage.holds(actor, Permission.MANAGE, a.recruitmentId()))
        .toList();
  }

  public SchemeView view(Actor actor, long recruitmentId) {
    stage.require(actor, Permission.MANAGE, recruitmentId);
    return SchemeView.of(records.scheme(recruitmentId));
  }

  /**
   * Defines or replaces the scheme, until the first lots are drawn in the recruitment.
   *
   * @throws InterviewProblem 404 when the interview is not in the recruitment's chain, 409 once
   *     lots were drawn, 422 naming the first bad field
   */
  public SchemeView define(Actor actor, long recruitmentId, SchemeForm form) {
    stage.require(actor, Permission.MANAGE, recruitmentId);
    records.requireInChain(recruitmentId);
    if (store.anyDrawn(recruitmentId)) {
      throw InterviewProblem.conflict(
          "scheme-locked", "Lots were drawn in this recruitment: the scheme can no longer change");
    }
    StageConfig settings = settings(form.settings());
    List<Dimension> dimensions = dimensions(form.dimensions());
    java.util.Optional<ScoringScheme> existing = store.scheme(recruitmentId);
    ScoringScheme scheme = existing.orElseGet(() -> new ScoringScheme(recruitmentId));
    scheme.define(
        settings.getInt(SchemeSettings.EXAMINERS),
        new Rounding(
            settings.getInt(SchemeSettings.SCALE),
            RoundingMode.valueOf(settings.getString(SchemeSettings.MODE))),
        settings.getDecimal(SchemeSettings.PASSING),
        dimensions,
        stage.now());
    // Persisted once complete: Hibernate inserts the state an entity has when it is persisted.
    if (existing.isEmpty()) {
      store.add(scheme);
    }
    Map<String, String> details = new LinkedHashMap<>(settings.asMap());
    details.put(
        "dimensions",
        String.join(
            ",",
            dimensions.stream().map(d -> d.code() + ":" + d.weight().toPlainString()).toList()));
    stage.audit(actor, "stage.interview.scheme.defined", "recruitment", recruitmentId, details);
    return SchemeView.of(scheme);
  }

  private StageConfig settings(Map<String, String> entered) {
    Map<String, String> merged = new LinkedHashMap<>(stage.defaults().asMap());
    if (entered != null) {
      entered.forEach(
          (k, v) -> {
            if (v != null) {
              merged.put(k, v);
            }
          });
    }
    try {
      return SchemeSettings.METADATA.resolve(merged);
    } catch (ConfigValidationException e) {
      var first = e.violations().get(0);
      throw InterviewProblem.invalid(first.property(), e.getMessage());
    }
  }

  private static List<Dimension> dimensions(List<DimensionForm> forms) {
    if (forms == null || forms.isEmpty() || forms.size() > MAX_DIMENSIONS) {
      throw InterviewProblem.invalid(
          "dimensions", "Give 1 to " + MAX_DIMENSIONS + " scoring dimensions");
    }
    List<Dimension> out = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    BigDecimal weights = BigDecimal.ZERO;
    for (int i = 0; i < forms.size(); i++) {
      DimensionForm f = forms.get(i);
      String at = "dimensions[" + i + "]";
      if (f == null || f.code() == null || !CODE.matcher(f.code()).matches()) {
        throw InterviewProblem.invalid(
            at + ".code", "A dimension code is lower-case letters, digits and -, at most 40");
      }
      if (!codes.add(f.code())) {
        throw InterviewProblem.invalid(at + ".code", "Dimension " + f.code() + " is listed twice");
      }
      if (f.name() == null || f.name().isBlank() || f.name().length() > 100) {
        throw InterviewProblem.invalid(at + ".name", "A dimension name is 1 to 100 characters");
      }
      if (f.weight() == null || f.weight().signum() <= 0 || f.weight().compareTo(HUNDRED) > 0) {
        throw InterviewProblem.invalid(at + ".weight", "A weight is above 0 and at most 100");
      }
      if (f.minScore() == null
          || f.maxScore() == null
          || f.minScore().signum() < 0
          || f.maxScore().compareTo(f.minScore()) <= 0
          || f.maxScore().compareTo(BigDecimal.valueOf(1000)) > 0) {
        throw InterviewProblem.invalid(
            at + ".maxScore", "A score range runs from 0 or more up to a larger maximum");
      }
      weights = weights.add(f.weight());
      out.add(new Dimension(f.code(), f.name().trim(), f.weight(), f.minScore(), f.maxScore()));
    }
    if (weights.compareTo(HUNDRED) != 0) {
      throw InterviewProblem.invalid(
          "dimensions", "The weights add up to " + weights.toPlainString() + " %, not 100 %");
    }
    return out;
  }
}
