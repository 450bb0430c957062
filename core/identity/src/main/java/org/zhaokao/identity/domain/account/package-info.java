/**
 * Accounts (账号) and the candidate's real-name record (考生实名信息): who may log in, how, and how often a
 * wrong password may be tried.
 */
package org.zhaokao.identity.domain.account;
