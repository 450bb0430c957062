/**
 * Identity use cases: register a candidate (考生注册), log in, look up one's own account, change a
 * password, answer what an account may do. Each runs in its own transaction and checks its input
 * before writing.
 */
package org.zhaokao.identity.application;
