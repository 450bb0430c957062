/**
 * Faces support for stage WARs, which see the shared libraries of {@code zhaokao.ear/lib} as
 * classes only.
 *
 * <p>A WAR outside the EAR cannot find the configuration, tag libraries and static resources inside
 * those jars by itself (its class loader does not import their {@code META-INF}; importing it would
 * also make the core's CDI beans the WAR's). These classes hand them over explicitly. A stage WAR
 * switches them on with two service files, {@code
 * META-INF/services/com.sun.faces.spi.FacesConfigResourceProvider} and {@code
 * META-INF/services/com.sun.faces.spi.FaceletConfigResourceProvider}, naming the classes below.
 */
package org.zhaokao.ui.plugin;
