/**
 * Faces plumbing shared by every WAR through {@code zhaokao.ear/lib}: the language switch and the
 * layout's contract. No business code lives here.
 */
package org.zhaokao.ui;
