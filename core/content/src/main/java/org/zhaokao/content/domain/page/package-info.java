/** Site content pages (网站内容), their review and their published versions. */
package org.zhaokao.content.domain.page;
