package org.claimtracker.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

import org.claimtracker.audit.AuditLog;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates accounts and resets passwords, recording each change in the audit log. */
@Service
public class Accounts {

    public static final int MIN_PASSWORD_LENGTH = 10;

    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;

    Accounts(AppUserRepository users, PasswordEncoder encoder, AuditLog audit, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void add(String username, UserRole role, String password, String by) {
        checkUsername(username);
        checkPassword(password);
        if (users.existsByUsername(username)) {
            throw new IllegalArgumentException("a user named '" + username + "' already exists");
        }
        users.save(new AppUser(username, encoder.encode(password), role, clock.instant()));
        audit.record(by, "USER_ADDED", username, "role " + role);
    }

    @Transactional
    public void changePassword(String username, String password, String by) {
        checkPassword(password);
        AppUser user = users.findByUsername(username)
                .orElseThrow(() -> new IllegalArgumentException("no user named '" + username + "'"));
        user.changePassword(encoder.encode(password), clock.instant());
        audit.record(by, "PASSWORD_CHANGED", username, null);
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return users.existsByUsername(username);
    }

    @Transactional(readOnly = true)
    public boolean none() {
        return users.count() == 0;
    }

    /** A random password of 20 URL-safe characters (120 bits). */
    public static String generatedPassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static void checkUsername(String username) {
        if (username == null || !username.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,59}")) {
            throw new IllegalArgumentException(
                    "a user name is 1-60 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
    }

    static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("a password needs at least " + MIN_PASSWORD_LENGTH + " characters");
        }
    }
}
