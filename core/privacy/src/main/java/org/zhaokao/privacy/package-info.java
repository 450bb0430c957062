/**
 * Personal information (个人信息) as the platform handles it under GB/T 35273: validated (ID numbers),
 * stored encrypted with a blind index for look-up ({@link org.zhaokao.privacy.crypto}), and masked
 * wherever it is shown ({@link org.zhaokao.privacy.Masking}).
 */
package org.zhaokao.privacy;
