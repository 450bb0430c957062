/**
 * Applications (报名) and their eligibility review (资格审核): the pledge, the declared qualifications,
 * the requirement check that flags what the reviewer should look at, and the status timeline.
 */
package org.zhaokao.recruitment.domain.application;
