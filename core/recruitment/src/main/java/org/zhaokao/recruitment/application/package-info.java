/**
 * The recruitment module's use cases: employers, recruitments and positions, publication with
 * content review, public read models, applications and the eligibility review. Every use case takes
 * the {@link org.zhaokao.plugins.api.security.Actor} the web layer passes and checks it itself.
 */
package org.zhaokao.recruitment.application;
