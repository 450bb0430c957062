package org.zhaokao.recruitment.domain.recruitment;

/**
 * Gender as the ID number records it. A position states one only where the law allows it (e.g.
 * 监狱男子监区 posts, female prison guards), which the editor is responsible for.
 */
public enum Gender {
  MALE,
  FEMALE
}
