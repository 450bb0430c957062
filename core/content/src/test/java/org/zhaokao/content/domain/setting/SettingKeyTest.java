package org.zhaokao.content.domain.setting;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SettingKeyTest {

  @Test
  void licenceNumbersAreOneLineWithoutMarkup() {
    assertTrue(SettingKey.ICP_NUMBER.accepts("京ICP备12345678号-1"));
    assertFalse(SettingKey.ICP_NUMBER.accepts("<script>x</script>"));
    assertFalse(SettingKey.ICP_NUMBER.accepts("a\nb"));
    assertFalse(SettingKey.ICP_NUMBER.accepts("x".repeat(101)));
  }

  @Test
  void imagesAreHttpsOrLocalPaths() {
    assertTrue(SettingKey.HR_LICENCE_IMAGE.accepts(""));
    assertTrue(SettingKey.HR_LICENCE_IMAGE.accepts("https://cdn.example.cn/l.png"));
    assertTrue(SettingKey.HR_LICENCE_IMAGE.accepts("/zhaokao/images/l.svg"));
    assertFalse(SettingKey.HR_LICENCE_IMAGE.accepts("javascript:alert(1)"));
    assertFalse(SettingKey.HR_LICENCE_IMAGE.accepts("http://plain.example.cn/l.png"));
    assertFalse(SettingKey.HR_LICENCE_IMAGE.accepts("https://x\" onerror=\"alert(1)"));
  }

  @Test
  void theDeadlineIsOneToSixtyWorkingDays() {
    assertTrue(SettingKey.COMPLAINT_ANSWER_DAYS.accepts("5"));
    assertTrue(SettingKey.COMPLAINT_ANSWER_DAYS.accepts("60"));
    assertFalse(SettingKey.COMPLAINT_ANSWER_DAYS.accepts("0"));
    assertFalse(SettingKey.COMPLAINT_ANSWER_DAYS.accepts("61"));
    assertFalse(SettingKey.COMPLAINT_ANSWER_DAYS.accepts("five"));
  }
}
