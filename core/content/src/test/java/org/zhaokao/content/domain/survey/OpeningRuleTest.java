package org.zhaokao.content.domain.survey;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OpeningRuleTest {

  @Test
  void aStageSurveyOpensOnlyOnceTheStageIsPublished() {
    assertFalse(OpeningRule.due(SurveyScope.STAGE, "RESULTS_ENTERED", "IN_STAGES"));
    assertFalse(OpeningRule.due(SurveyScope.STAGE, "CONFIRMED_BY_EMPLOYER", "IN_STAGES"));
    assertFalse(OpeningRule.due(SurveyScope.STAGE, null, "ADMISSION_PUBLISHED"));
    assertTrue(OpeningRule.due(SurveyScope.STAGE, "PUBLISHED", "IN_STAGES"));
  }

  @Test
  void aRecruitmentSurveyOpensWhenTheAdmissionListIsOutOrLater() {
    assertFalse(OpeningRule.due(SurveyScope.RECRUITMENT, "PUBLISHED", "IN_STAGES"));
    assertFalse(OpeningRule.due(SurveyScope.RECRUITMENT, null, "PUBLISHED"));
    assertFalse(OpeningRule.due(SurveyScope.RECRUITMENT, null, null));
    assertTrue(OpeningRule.due(SurveyScope.RECRUITMENT, null, "ADMISSION_PUBLISHED"));
    assertTrue(OpeningRule.due(SurveyScope.RECRUITMENT, null, "CLOSED"));
    assertTrue(OpeningRule.due(SurveyScope.RECRUITMENT, null, "ARCHIVED"));
  }
}
