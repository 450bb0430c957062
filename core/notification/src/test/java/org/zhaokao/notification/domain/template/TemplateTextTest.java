package org.zhaokao.notification.domain.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateTextTest {

  @Test
  void fillsEveryPlaceholderInPlace() {
    TemplateText t = TemplateText.parse("${name}，您好！您报考的${position}已通过审核。${name}");
    assertEquals(List.of("name", "position"), List.copyOf(t.placeholders()));
    assertEquals("张三，您好！您报考的综合管理岗已通过审核。张三", t.render(Map.of("name", "张三", "position", "综合管理岗")));
  }

  @Test
  void textWithoutPlaceholdersIsItself() {
    assertEquals("无占位符 $ { }", TemplateText.parse("无占位符 $ { }").render(Map.of()));
  }

  @Test
  void valuesAreNeverReadAsTemplates() {
    assertEquals("${x}", TemplateText.parse("${name}").render(Map.of("name", "${x}")));
  }

  @Test
  void escapesOnlyTheValues() {
    assertEquals(
        "<b>&lt;i&gt;</b>",
        TemplateText.parse("<b>${v}</b>")
            .render(Map.of("v", "<i>"), v -> v.replace("<", "&lt;").replace(">", "&gt;")));
  }

  @Test
  void anUnclosedPlaceholderSaysWhere() {
    TemplateSyntaxException e =
        assertThrows(TemplateSyntaxException.class, () -> TemplateText.parse("您好 ${name"));
    assertTrue(e.getMessage().contains("character 4"), e.getMessage());
  }

  @Test
  void aPlaceholderMustBeAName() {
    TemplateSyntaxException e =
        assertThrows(TemplateSyntaxException.class, () -> TemplateText.parse("${1st} ${a b}"));
    assertTrue(e.getMessage().contains("${1st}"), e.getMessage());
  }

  @Test
  void aMissingValueIsNamed() {
    MissingParameterException e =
        assertThrows(
            MissingParameterException.class,
            () -> TemplateText.parse("${name} ${score}").render(Map.of("name", "张三")));
    assertEquals("score", e.parameter());
  }
}
