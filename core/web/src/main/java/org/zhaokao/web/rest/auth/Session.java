package org.zhaokao.web.rest.auth;

import java.util.List;
import org.zhaokao.identity.application.AccountView;

/**
 * The answer to a login or to {@code GET /me}.
 *
 * @param account the account, personal data masked
 * @param csrfToken send it back in {@code X-CSRF-Token} on every POST, PUT, PATCH and DELETE
 * @param recoveryCodes after enrolling the second factor: the single-use recovery codes, shown this
 *     once
 */
public record Session(AccountView account, String csrfToken, List<String> recoveryCodes) {}
