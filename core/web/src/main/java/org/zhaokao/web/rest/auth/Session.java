package org.zhaokao.web.rest.auth;

import org.zhaokao.identity.application.AccountView;

/**
 * The answer to a login or to {@code GET /me}.
 *
 * @param account the account, personal data masked
 * @param csrfToken send it back in {@code X-CSRF-Token} on every POST, PUT, PATCH and DELETE
 */
public record Session(AccountView account, String csrfToken) {}
