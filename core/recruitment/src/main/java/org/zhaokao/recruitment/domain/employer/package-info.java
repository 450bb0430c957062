/** Employers (招考单位): profile, service plan and agreement. */
package org.zhaokao.recruitment.domain.employer;
