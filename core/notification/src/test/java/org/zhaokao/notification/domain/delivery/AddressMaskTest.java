package org.zhaokao.notification.domain.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class AddressMaskTest {

  @Test
  void emailKeepsTheFirstLetterAndTheDomain() {
    assertEquals("z***@example.com", AddressMask.mask("zhangsan@example.com"));
    assertEquals("a***@b.cn", AddressMask.mask("a@b.cn"));
  }

  @Test
  void mobileKeepsThreeAndFour() {
    assertEquals("138****5678", AddressMask.mask("13812345678"));
    assertEquals("138****5678", AddressMask.mask("+8613812345678"));
    assertEquals("+852****5678", AddressMask.mask("+85291235678"));
  }

  @Test
  void nothingStaysNothing() {
    assertNull(AddressMask.mask(null));
    assertEquals("****", AddressMask.mask("12345"));
  }
}
