/**
 * Notification templates (通知模板): events, their parameters, templates per event, channel and
 * language, the placeholder syntax and the rules a template must meet.
 */
package org.zhaokao.notification.domain.template;
