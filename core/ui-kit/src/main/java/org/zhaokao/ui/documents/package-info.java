/**
 * What every WAR's documents share: the CJK font as OpenPDF's font ({@link
 * org.zhaokao.ui.documents.PdfFont}) and QR codes for PDFs and pages ({@link
 * org.zhaokao.ui.documents.QrCode}). OpenPDF and ZXing come from the static module {@code
 * org.zhaokao.documents}, which zhaokao.ear and every WAR that prints name in their {@code
 * jboss-deployment-structure.xml}: one copy of each class for all of them.
 */
package org.zhaokao.ui.documents;
