package org.zhaokao.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.List;
import java.util.Locale;
import org.zhaokao.notification.application.template.PluginTemplates;
import org.zhaokao.plugins.api.NotificationChannel;
import org.zhaokao.plugins.api.NotificationTemplate;

/**
 * The default texts of the identity module's own notifications (codes for verifying an address and
 * for resetting a password), handed to the notification module at start-up; editors may change them
 * there.
 */
@Singleton
@Startup
@DependsOn({"IdentitySchema", "zhaokao-notification.jar#NotificationSchema"})
public class IdentityTemplates {

  /** A code that proves or confirms an address. */
  public static final String CODE = "account.verification-code";

  /** A code that authorises a password reset. */
  public static final String RESET = "account.password-reset-code";

  /** A name / ID-number change request was approved. */
  public static final String CHANGE_APPROVED = "account.identity-change-approved";

  /** A name / ID-number change request was refused, with the reason. */
  public static final String CHANGE_REFUSED = "account.identity-change-refused";

  /** An ID-number claim was received (to the claimant, who has no account yet). */
  public static final String CLAIM_FILED = "account.identity-claim-filed";

  /** An ID-number claim was approved: the claimant's new account holds the number. */
  public static final String CLAIM_APPROVED = "account.identity-claim-approved";

  /** An ID-number claim was refused, with the reason (to the claimant). */
  public static final String CLAIM_REFUSED = "account.identity-claim-refused";

  /**
   * The account lost its ID number to an approved claim and was disabled; {@code applications}
   * names the recruitments whose application was withdrawn.
   */
  public static final String CLAIM_WITHDRAWN = "account.identity-claim-withdrawn";

  @EJB private PluginTemplates templates;

  @PostConstruct
  void contribute() {
    templates.contributeCore("account", defaults());
  }

  static List<NotificationTemplate> defaults() {
    List<NotificationTemplate> all = new java.util.ArrayList<>(codes());
    decision(
        all,
        CHANGE_APPROVED,
        "实名信息变更已通过",
        "${name}您好：\n\n您提交的实名信息变更申请（编号 ${request}）已审核通过，账号中的姓名/身份证号已更新。",
        "Change of name or ID number approved",
        "Hello ${name},\n\nYour request ${request} to change your name or ID number was approved;"
            + " your account shows the new data.");
    decision(
        all,
        CHANGE_REFUSED,
        "实名信息变更未通过",
        "${name}您好：\n\n您提交的实名信息变更申请（编号 ${request}）未通过审核，原因：${reason}\n\n您可补充材料后重新申请。",
        "Change of name or ID number refused",
        "Hello ${name},\n\nYour request ${request} to change your name or ID number was refused:"
            + " ${reason}\n\nYou may file a new request with better evidence.");
    all.addAll(IdentityClaimTemplates.claims());
    decision(
        all,
        CLAIM_APPROVED,
        "身份证号认领已通过",
        "${name}您好：\n\n您的身份证号认领申请（编号 ${claim}）已审核通过，该身份证号已转入您的新账号，请用身份证号和申请时设置的密码登录。",
        "ID number claim approved",
        "Hello ${name},\n\nYour ID number claim ${claim} was approved; the number now belongs to"
            + " your new account. Log in with the ID number and the password you chose when filing.");
    decision(
        all,
        CLAIM_WITHDRAWN,
        "账号身份证号已被收回",
        "${name}您好：\n\n经工作人员审核身份证持有人的认领申请（编号 ${claim}），本账号登记的身份证号已被收回，账号已停用；以该身份证号提交的进行中报名已撤销：${applications}。如有异议，请联系我们。",
        "The ID number of your account was withdrawn",
        "Hello ${name},\n\nAfter staff reviewed the ID card holder's claim ${claim}, the ID number"
            + " registered on this account was withdrawn and the account disabled; its live"
            + " applications filed under that number were withdrawn: ${applications}. Contact us if"
            + " you disagree.");
    return List.copyOf(all);
  }

  private static void decision(
      List<NotificationTemplate> all,
      String event,
      String zhSubject,
      String zhBody,
      String enSubject,
      String enBody) {
    for (NotificationChannel c : List.of(NotificationChannel.INBOX, NotificationChannel.EMAIL)) {
      all.add(new NotificationTemplate(event, c, Locale.SIMPLIFIED_CHINESE, zhSubject, zhBody));
      all.add(new NotificationTemplate(event, c, Locale.ENGLISH, enSubject, enBody));
    }
  }

  private static List<NotificationTemplate> codes() {
    Locale zh = Locale.SIMPLIFIED_CHINESE;
    Locale en = Locale.ENGLISH;
    return List.of(
        sms(CODE, zh, "【招考服务平台】您的验证码是${code}，${minutes}分钟内有效，请勿告诉他人。如非本人操作，请忽略。"),
        email(
            CODE,
            zh,
            "招考服务平台验证码",
            "您好：\n\n您的验证码是 ${code}，${minutes} 分钟内有效。请勿将验证码告诉他人。\n\n如非本人操作，请忽略本邮件。"),
        sms(
            CODE,
            en,
            "Zhaokao: your code is ${code}, valid for ${minutes} minutes. Never share it."),
        email(
            CODE,
            en,
            "Your verification code",
            "Hello,\n\nYour code is ${code}. It is valid for ${minutes} minutes; never share it.\n\n"
                + "If you did not ask for it, ignore this message."),
        sms(RESET, zh, "【招考服务平台】您正在重置密码，验证码${code}，${minutes}分钟内有效。如非本人操作，请立即联系我们。"),
        email(
            RESET,
            zh,
            "重置招考服务平台密码",
            "您好：\n\n您正在重置密码，验证码是 ${code}，${minutes} 分钟内有效。\n\n如非本人操作，请忽略本邮件并尽快联系我们。"),
        sms(
            RESET,
            en,
            "Zhaokao: password reset code ${code}, valid ${minutes} minutes. Not you? Contact us."),
        email(
            RESET,
            en,
            "Reset your password",
            "Hello,\n\nYour password reset code is ${code}, valid for ${minutes} minutes.\n\n"
                + "If you did not ask for it, ignore this message and contact us."));
  }

  private static NotificationTemplate sms(String event, Locale locale, String body) {
    return new NotificationTemplate(event, NotificationChannel.SMS, locale, "", body);
  }

  private static NotificationTemplate email(
      String event, Locale locale, String subject, String body) {
    return new NotificationTemplate(event, NotificationChannel.EMAIL, locale, subject, body);
  }
}
