package org.zhaokao.recruitment.domain.application;

/**
 * One requirement the application does not appear to meet (审核提示). A flag guides the reviewer's eye;
 * it never rejects by itself, since declarations can be wrong either way and only the reviewer sees
 * the evidence.
 *
 * @param requirement {@code age}, {@code education}, {@code degree}, {@code major}, {@code
 *     political}, {@code experience} or {@code gender}; screens translate {@code
 *     flag.<requirement>}
 * @param expected what the position asks, as stated
 * @param actual what the application shows
 */
public record RequirementFlag(String requirement, String expected, String actual) {}
