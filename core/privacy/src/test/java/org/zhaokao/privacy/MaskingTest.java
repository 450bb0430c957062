package org.zhaokao.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MaskingTest {

  @Test
  void idNumberKeepsRegionAndLastFour() {
    assertEquals("110101********1234", Masking.idNumber("110101199003071234"));
  }

  @Test
  void mobileKeepsFirstThreeAndLastFour() {
    assertEquals("138****5678", Masking.mobile("13812345678"));
  }

  @Test
  void nameKeepsTheSurnameIncludingCompoundOnes() {
    assertEquals("张*", Masking.name("张三"));
    assertEquals("李**", Masking.name("李小龙"));
    assertEquals("欧阳**", Masking.name("欧阳娜娜"));
    assertEquals("司马*", Masking.name("司马光"));
    assertEquals("欧*", Masking.name("欧阳"));
    assertEquals("王", Masking.name("王"));
  }

  @Test
  void emailKeepsFirstCharacterAndDomain() {
    assertEquals("z***@example.com", Masking.email("zhangsan@example.com"));
  }

  @Test
  void shortOrOddValuesAreStarredWhole() {
    assertEquals("****", Masking.mobile("1381"));
    assertEquals("***", Masking.email("abc"));
    assertEquals("", Masking.name(null));
  }
}
