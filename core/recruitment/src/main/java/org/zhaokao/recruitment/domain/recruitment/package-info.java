/**
 * Recruitments (招考项目): announcement, application window, work plan, positions and their
 * requirements, and the notice and pledge candidates sign.
 */
package org.zhaokao.recruitment.domain.recruitment;
