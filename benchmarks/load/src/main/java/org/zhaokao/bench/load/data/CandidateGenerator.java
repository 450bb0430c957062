package org.zhaokao.bench.load.data;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import org.zhaokao.privacy.IdNumber;
import org.zhaokao.privacy.Masking;
import org.zhaokao.privacy.crypto.BlindIndex;
import org.zhaokao.privacy.crypto.FieldCipher;
import org.zhaokao.privacy.crypto.KeyFile;
import org.zhaokao.privacy.crypto.KeyRing;

/**
 * Writes candidates for {@code COPY} into PostgreSQL, sealed with the server's key file exactly as
 * registration seals them (AES-GCM value + HMAC blind index per field), so that the server logs
 * them in, shows them masked and decrypts them like any registered candidate.
 *
 * <p>Candidate {@code i} (0-based) has account id {@code firstId + i}, mobile {@code 13900000000 +
 * i} (its login), email {@code c<i>@bench.zhaokao.test} and a GB 11643-valid ID number from {@link
 * IdNumbers}. The password hash is not written here: the load script gives every generated account
 * the demo candidate's hash, so they share its password.
 *
 * <p>Arguments: key file, number of candidates, first account id, output directory. Writes {@code
 * accounts.tsv} and {@code candidates.tsv} (COPY text format).
 */
public final class CandidateGenerator {

  static final String ID_NUMBER = "candidate.id_number";
  static final String MOBILE = "candidate.mobile";
  static final String EMAIL = "candidate.email";
  static final long FIRST_MOBILE = 13_900_000_000L;

  private CandidateGenerator() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      throw new IllegalArgumentException(
          "usage: CandidateGenerator <key file> <candidates> <first account id> <output dir>");
    }
    KeyRing keys = KeyFile.read(Path.of(args[0]));
    int count = Integer.parseInt(args[1]);
    long firstId = Long.parseLong(args[2]);
    Path out = Files.createDirectories(Path.of(args[3]));
    long started = System.nanoTime();
    write(new FieldCipher(keys), new BlindIndex(keys), count, firstId, out);
    System.out.printf(
        "generated %d candidates in %.1f s%n", count, (System.nanoTime() - started) / 1e9);
  }

  static void write(FieldCipher cipher, BlindIndex index, int count, long firstId, Path out)
      throws IOException {
    Random random = new Random(20261127L);
    LocalDate today = LocalDate.now();
    try (BufferedWriter accounts =
            Files.newBufferedWriter(out.resolve("accounts.tsv"), StandardCharsets.UTF_8);
        BufferedWriter candidates =
            Files.newBufferedWriter(out.resolve("candidates.tsv"), StandardCharsets.UTF_8)) {
      for (int i = 0; i < count; i++) {
        long id = firstId + i;
        String name = ChineseNames.of(random);
        IdNumber number = IdNumber.parse(IdNumbers.of(i), today);
        String mobile = Long.toString(FIRST_MOBILE + i);
        String email = "c" + i + "@bench.zhaokao.test";
        accounts.write(id + "\t" + Masking.name(name) + "\n");
        candidates.write(
            String.join(
                    "\t",
                    Long.toString(id),
                    name,
                    cipher.encrypt(ID_NUMBER, number.value()),
                    index.of(ID_NUMBER, number.value()),
                    number.birthDate().toString(),
                    number.gender().name(),
                    cipher.encrypt(MOBILE, mobile),
                    index.of(MOBILE, mobile),
                    cipher.encrypt(EMAIL, email),
                    index.of(EMAIL, email))
                + "\n");
      }
    }
  }
}
