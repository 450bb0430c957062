package org.zhaokao.content.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import org.zhaokao.content.domain.page.ContentPage;
import org.zhaokao.content.domain.page.PageKind;
import org.zhaokao.content.domain.page.Pages;
import org.zhaokao.content.domain.page.ReviewCriterion;
import org.zhaokao.content.domain.setting.SettingKey;
import org.zhaokao.content.domain.setting.SiteSetting;
import org.zhaokao.content.domain.setting.SiteSettings;
import org.zhaokao.identity.application.DemoAccounts;
import org.zhaokao.identity.domain.account.Accounts;
import org.zhaokao.plugins.api.RunMode;

/**
 * The site content of a demonstration install ({@code -Dzhaokao.demo=true}), made once: sample
 * licence numbers for the footer, and published pages — a home notice, the application guide, two
 * FAQ entries and the support channels — written by the demo administrator and approved by the
 * second. Never outside demo mode.
 */
@Singleton
@Startup
@DependsOn({"ContentSchema", "zhaokao-identity.jar#DemoAccounts"})
public class DemoContent {

  @Inject private Pages pages;
  @Inject private Accounts accounts;
  @Inject private SiteSettings settings;

  @PostConstruct
  void create() {
    if (!RunMode.demo()) {
      return;
    }
    seed(SettingKey.BUSINESS_LICENCE_NUMBER, "91110000MA00DEMO2X（演示）");
    seed(SettingKey.BUSINESS_LICENCE_IMAGE, "/zhaokao/images/licence-demo.svg");
    seed(SettingKey.HR_LICENCE_NUMBER, "（京）人服证字〔2026〕第0000号（演示）");
    seed(SettingKey.HR_LICENCE_IMAGE, "/zhaokao/images/licence-demo.svg");
    seed(SettingKey.ICP_NUMBER, "京ICP备00000000号-1（演示）");
    seed(SettingKey.ICP_LINK, "https://beian.miit.gov.cn/");
    if (!pages.all().isEmpty()) {
      return;
    }
    long author = accounts.findByUsername(DemoAccounts.ADMIN).orElseThrow().id();
    long approver = accounts.findByUsername(DemoAccounts.ADMIN2).orElseThrow().id();
    publish(
        PageKind.HOME_NOTICE,
        0,
        "平台试运行公告",
        "<p>招考服务平台试运行中，报名、缴费和打印准考证请以招考公告为准。</p>",
        author,
        approver);
    publish(
        PageKind.GUIDE_REGISTRATION,
        0,
        "注册操作指南",
        "<p>点击右上角“注册”，填写与身份证一致的姓名、身份证号、手机号和电子邮箱。</p><p>注册后请先验证手机号和邮箱。</p>",
        author,
        approver);
    publish(
        PageKind.GUIDE_APPLICATION,
        0,
        "报名操作指南",
        "<ol><li>在首页选择招考公告，阅读报名须知。</li><li>选择岗位，填写报名表并签署诚信承诺书。</li><li>提交后等待资格审核结果，结果将通过站内信通知。</li></ol>",
        author,
        approver);
    publish(PageKind.FAQ, 0, "忘记密码怎么办？", "<p>在登录页点击“忘记密码”，通过已验证的手机号或邮箱重置。</p>", author, approver);
    publish(PageKind.FAQ, 1, "报名后可以修改报名信息吗？", "<p>资格审核前可撤回报名并修改；审核开始后不能修改。</p>", author, approver);
    publish(
        PageKind.SUPPORT_CHANNEL,
        0,
        "咨询电话",
        "<p>010-00000000（工作日 9:00–17:00，演示）</p>",
        author,
        approver);
    publish(
        PageKind.SUPPORT_CHANNEL, 1, "咨询邮箱", "<p>support@zhaokao.example</p>", author, approver);
  }

  private void seed(SettingKey key, String value) {
    if (settings.find(key.key()).isEmpty()) {
      settings.add(new SiteSetting(key.key(), value, null, PageEditing.now()));
    }
  }

  private void publish(
      PageKind kind, int order, String title, String html, long author, long approver) {
    OffsetDateTime now = PageEditing.now();
    ContentPage page = pages.add(new ContentPage(kind, order, title, html, author, now));
    page.submit(author, now);
    pages.addVersion(page.approve(approver, criteria(), now));
  }

  private static String criteria() {
    return String.join(
        ",", java.util.Arrays.stream(ReviewCriterion.values()).map(Enum::name).toList());
  }
}
