package org.zhaokao.recruitment.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhaokao.recruitment.domain.employer.Agreement;
import org.zhaokao.recruitment.domain.employer.Employer;
import org.zhaokao.recruitment.domain.employer.EmployerKind;
import org.zhaokao.recruitment.domain.employer.ServiceKind;
import org.zhaokao.recruitment.domain.recruitment.AnnouncementHtml;
import org.zhaokao.recruitment.domain.recruitment.ApplicationWindow;
import org.zhaokao.recruitment.domain.recruitment.Degree;
import org.zhaokao.recruitment.domain.recruitment.EducationLevel;
import org.zhaokao.recruitment.domain.recruitment.PoliticalStatus;
import org.zhaokao.recruitment.domain.recruitment.Position;
import org.zhaokao.recruitment.domain.recruitment.Recruitment;
import org.zhaokao.recruitment.domain.recruitment.Requirements;
import org.zhaokao.recruitment.domain.recruitment.WorkPhase;

/** The words of the demo recruitment: what a real municipal recruitment would publish. */
final class DemoTexts {

  static final String NOTICE =
      "一、报考人员须仔细阅读招聘公告和岗位条件，自行确认符合报考条件后再报名。\n"
          + "二、每名报考人员在本次招聘中只能报考一个岗位；报名确认后不得更改报考岗位，撤回后方可改报。\n"
          + "三、报名信息须真实、准确、完整，资格审核贯穿招聘全过程，任何环节发现不符合条件的，取消其资格。\n"
          + "四、资格审核结果在报名系统中公布，请报考人员及时登录查询；被退回修改的，请在报名截止前修改后重新提交。\n"
          + "五、年龄计算截至报名截止之日。";

  static final String PLEDGE =
      "本人已认真阅读招聘公告和报名须知，理解其内容，并郑重承诺：\n"
          + "一、所填写的报名信息和提交的材料真实、准确、完整，如有虚假，自愿承担取消考试和聘用资格的后果；\n"
          + "二、遵守考试纪律，不以任何方式作弊，不由他人代考，不协助他人作弊；\n"
          + "三、服从招聘工作安排，按时参加各环节考试考核；\n"
          + "四、对违反以上承诺所造成的后果，本人自愿承担相应责任。";

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private DemoTexts() {}

  static Employer employer(OffsetDateTime now) {
    LocalDate today = now.atZoneSameInstant(CHINA).toLocalDate();
    return new Employer(
        DemoRecruitment.EMPLOYER,
        new Employer.Profile(
            "某市人力资源和社会保障局",
            EmployerKind.GOVERNMENT,
            "负责全市人力资源和社会保障工作，统筹机关企事业单位人员管理，组织所属事业单位公开招聘。",
            "某市人民路88号",
            "王老师",
            "0571-87000000",
            "zhaopin@hrss.example.gov.cn",
            EnumSet.allOf(ServiceKind.class)),
        new Agreement(
            "HRSS-FW-2026-018",
            // Signed a month before the demo's first start and in force for a year from then, not
            // the calendar year: a demo first started in late December kept a plan ending within
            // days.
            today.minusMonths(1),
            today.plusYears(1),
            new BigDecimal("186000.00"),
            "合同签订后10个工作日内支付50%，录用公示结束后10个工作日内支付其余50%。",
            "服务机构对试题、考生信息和考试成绩负有保密义务，保密期限不因协议终止而解除。",
            "考生个人信息仅用于本次招聘，按照GB/T 35273加密存储、脱敏展示，保存期满后删除。",
            "因服务机构原因造成考试无法进行或泄密的，按合同总价的20%承担违约责任。"),
        now);
  }

  static Recruitment.Content content(OffsetDateTime now) {
    LocalDate today = now.atZoneSameInstant(CHINA).toLocalDate();
    return new Recruitment.Content(
        "2026年某市人力资源和社会保障局所属事业单位公开招聘工作人员公告",
        AnnouncementHtml.sanitise(
            "<h2>一、招聘计划</h2><p>本次公开招聘工作人员12名，具体岗位及条件见岗位表。</p>"
                + "<h2>二、报考条件</h2><ol><li>具有中华人民共和国国籍，遵守宪法和法律；</li>"
                + "<li>具有良好的品行和适应岗位要求的身体条件；</li>"
                + "<li>具备岗位所需的学历、专业及其他条件。</li></ol>"
                + "<h2>三、报名方式</h2><p>本次招聘采取<strong>网上报名</strong>方式，"
                + "报考人员登录本平台选择岗位、阅读报名须知、签署诚信承诺后填写报名信息。</p>"
                + "<h2>四、资格审核</h2><p>资格审核与报名同步进行，审核结果在报名系统中公布。</p>"),
        new ApplicationWindow(now.minusDays(1), now.plusDays(30)),
        "咨询电话：0571-87000001（工作日9:00—17:00）；技术支持：0571-87000002",
        List.of(
            new WorkPhase(
                "网上报名与资格审核",
                today.minusDays(1),
                today.plusDays(30),
                "王老师、李老师",
                "受理报名，审核报考资格，答复咨询",
                "报考人员网上报名，审核人员在2个工作日内完成审核"),
            new WorkPhase(
                "笔试",
                today.plusDays(45),
                today.plusDays(45),
                "考务组",
                "组织笔试、考场编排和监考",
                "按考务手册执行，试卷专人保管"),
            new WorkPhase(
                "面试",
                today.plusDays(70),
                today.plusDays(71),
                "面试考官组",
                "结构化面试评分",
                "按笔试成绩1:3确定面试人选，抽签确定面试顺序")));
  }

  static Map<String, Position.Details> positions() {
    Map<String, Position.Details> p = new LinkedHashMap<>();
    p.put(
        "01",
        new Position.Details(
            "综合管理岗",
            "办公室",
            3,
            new Requirements(
                EducationLevel.BACHELOR,
                Degree.BACHELOR,
                List.of("汉语言文学", "秘书学", "行政管理"),
                18,
                35,
                null,
                null,
                "",
                null,
                ""),
            List.of("综合基础知识"),
            3,
            List.of("工作经历")));
    p.put(
        "02",
        new Position.Details(
            "信息技术岗",
            "信息中心",
            2,
            new Requirements(
                EducationLevel.BACHELOR,
                Degree.BACHELOR,
                List.of("计算机科学与技术", "软件工程", "网络工程"),
                18,
                35,
                null,
                null,
                "",
                null,
                ""),
            List.of("综合基础知识", "计算机专业知识"),
            3,
            List.of()));
    p.put(
        "03",
        new Position.Details(
            "社会保障经办岗",
            "社会保险经办中心",
            5,
            new Requirements(
                EducationLevel.JUNIOR_COLLEGE,
                null,
                List.of(),
                18,
                40,
                null,
                null,
                "本市户籍",
                null,
                "需适应窗口服务工作"),
            List.of("综合基础知识"),
            3,
            List.of()));
    p.put(
        "04",
        new Position.Details(
            "政策研究岗",
            "政策法规科",
            2,
            new Requirements(
                EducationLevel.MASTER,
                Degree.MASTER,
                List.of("社会保障", "劳动经济学", "法学"),
                18,
                35,
                PoliticalStatus.CPC_MEMBER,
                2,
                "",
                null,
                "具有2年以上相关工作经历"),
            List.of("综合基础知识", "公文写作"),
            3,
            List.of("工作经历")));
    return p;
  }
}
