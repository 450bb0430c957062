/** Statistics (统计查询, SPEC P6/Q4): a recruitment's figures, counted by the database. */
package org.zhaokao.content.domain.statistics;
