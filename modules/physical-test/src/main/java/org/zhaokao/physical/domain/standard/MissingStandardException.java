package org.zhaokao.physical.domain.standard;

/** The catalogue has no figure for a candidate's gender and age in an item they sit. */
public class MissingStandardException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public MissingStandardException(String item, Gender gender, int age) {
    super("item " + item + " has no standard for " + gender + " aged " + age);
  }
}
