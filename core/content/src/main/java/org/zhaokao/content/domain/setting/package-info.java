/** Site settings (系统设置) staff edit: licences in every footer, the complaint deadline. */
package org.zhaokao.content.domain.setting;
