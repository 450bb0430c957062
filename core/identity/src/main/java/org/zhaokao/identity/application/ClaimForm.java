package org.zhaokao.identity.application;

import java.util.Locale;

/**
 * What a claimant fills in to claim an ID number (身份证号认领), as typed.
 *
 * @param email where notices go; the claimant's account will have it
 * @param statement why the number is theirs and how they found it registered
 * @param password the password the claimant's account will have once the claim is approved
 * @param evidenceName the uploaded file's name as the browser gave it
 * @param evidence the photo of the ID card (JPEG, PNG or PDF)
 * @param language the language notices to the claimant are written in
 * @param code the one-time code sent by SMS to {@code mobile} (see {@link
 *     IdentityClaiming#sendCode})
 */
public record ClaimForm(
    String realName,
    String idNumber,
    String mobile,
    String email,
    String statement,
    String password,
    String evidenceName,
    byte[] evidence,
    Locale language,
    String code) {}
