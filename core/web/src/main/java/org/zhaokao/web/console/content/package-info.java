/** Console screens of site content: the list, the editor with review, versions and rollback. */
package org.zhaokao.web.console.content;
