package org.zhaokao.identity.application;

import java.util.List;
import java.util.Locale;
import org.zhaokao.plugins.api.NotificationChannel;
import org.zhaokao.plugins.api.NotificationTemplate;

/**
 * The default texts sent to an ID-number claimant before they have an account: by e-mail and SMS
 * only, since there is no inbox yet.
 */
final class IdentityClaimTemplates {

  private IdentityClaimTemplates() {}

  static List<NotificationTemplate> claims() {
    Locale zh = Locale.SIMPLIFIED_CHINESE;
    Locale en = Locale.ENGLISH;
    String filed = IdentityTemplates.CLAIM_FILED;
    String refused = IdentityTemplates.CLAIM_REFUSED;
    return List.of(
        email(filed, zh, "身份证号认领申请已受理", "${name}您好：\n\n您的身份证号认领申请（编号 ${claim}）已受理，工作人员审核后将通知您结果。"),
        email(
            filed,
            en,
            "ID number claim received",
            "Hello ${name},\n\nYour ID number claim ${claim} was received; staff will review it and"
                + " tell you the decision."),
        sms(filed, zh, "【招考服务平台】您的身份证号认领申请（编号${claim}）已受理，审核结果将另行通知。"),
        sms(
            filed,
            en,
            "Zhaokao: your ID number claim ${claim} was received; we will tell you the decision."),
        email(
            refused,
            zh,
            "身份证号认领未通过",
            "${name}您好：\n\n您的身份证号认领申请（编号 ${claim}）未通过审核，原因：${reason}\n\n您可补充材料后重新申请。"),
        email(
            refused,
            en,
            "ID number claim refused",
            "Hello ${name},\n\nYour ID number claim ${claim} was refused: ${reason}\n\n"
                + "You may file a new claim with better evidence."),
        sms(refused, zh, "【招考服务平台】您的身份证号认领申请（编号${claim}）未通过：${reason}"),
        sms(refused, en, "Zhaokao: your ID number claim ${claim} was refused: ${reason}"));
  }

  private static NotificationTemplate sms(String event, Locale locale, String body) {
    return new NotificationTemplate(event, NotificationChannel.SMS, locale, "", body);
  }

  private static NotificationTemplate email(
      String event, Locale locale, String subject, String body) {
    return new NotificationTemplate(event, NotificationChannel.EMAIL, locale, subject, body);
  }
}
