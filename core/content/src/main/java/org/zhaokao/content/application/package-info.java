/**
 * Use cases of the content module: editing and reviewing site content, the public's view of it,
 * site settings, complaints. Every use case checks its permission and audits what it changes.
 */
package org.zhaokao.content.application;
