package org.zhaokao.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.authc.credential.PasswordService;
import org.apache.shiro.crypto.hash.DefaultHashService;

/**
 * Password hashing with Argon2id through Shiro's password service, at OWASP's recommended minimum
 * (19 MiB, 2 iterations, 1 lane): strong against offline guessing, and cheap enough that a
 * registration-day login rush is bounded by the database rather than by hashing. Hashes carry their
 * parameters, so raising them later only affects new hashes.
 */
@ApplicationScoped
public class PasswordHashing {

  private final PasswordService service;
  // Compared against when the account does not exist, so "no such account" takes as long as "wrong
  // password".
  private final String decoy;

  public PasswordHashing() {
    DefaultHashService hashes = new DefaultHashService();
    hashes.setDefaultAlgorithmName("argon2id");
    hashes.setParameters(
        Map.of("Argon2.iterations", 2, "Argon2.memoryKib", 19456, "Argon2.parallelism", 1));
    DefaultPasswordService passwords = new DefaultPasswordService();
    passwords.setHashService(hashes);
    this.service = passwords;
    this.decoy = passwords.encryptPassword("decoy password that matches nothing");
  }

  public String hash(String password) {
    return service.encryptPassword(password);
  }

  public boolean matches(String password, String hash) {
    return service.passwordsMatch(password, hash);
  }

  /** Spends the time of one verification on nothing. */
  public void burnOneVerification(String password) {
    service.passwordsMatch(password, decoy);
  }
}
