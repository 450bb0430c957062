package org.zhaokao.archiving.application;

import java.util.List;

/**
 * The result of checking a package against its seal (核验结果).
 *
 * @param archiveId the archive checked
 * @param source {@code STORE} for the kept package, {@code UPLOAD} for bytes someone sent
 * @param intact whether the package is exactly what was sealed
 * @param manifestSha256 the sealed manifest hash
 * @param filesChecked files compared with the manifest
 * @param problems one sentence per difference, naming the file
 */
public record VerificationView(
    long archiveId,
    String source,
    boolean intact,
    String manifestSha256,
    int filesChecked,
    List<String> problems) {}
