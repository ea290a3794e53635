package org.claimtracker.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Slows password guessing, per account and per address: after a few failed sign-ins the next attempt must wait,
 * and each further failure doubles the wait, up to a cap. A successful sign-in clears the account's and the
 * address's record. While locked, an attempt is refused before the password is even checked, so guessing right
 * during the wait does not help. Held in memory: a restart forgets, which only gives back a few guesses. Every
 * failed sign-in is logged with the user name and address, never the password.
 */
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    static final int FREE_ACCOUNT_FAILURES = 5;
    static final int FREE_ADDRESS_FAILURES = 20;
    static final Duration FIRST_WAIT = Duration.ofSeconds(2);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    private static final int MAX_TRACKED = 10_000;

    private record Failures(int count, Instant lockedUntil, Instant last) {
    }

    private final Map<String, Failures> accounts = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String account = event.getAuthentication().getName();
        String address = addressOf(event.getAuthentication().getDetails());
        failed(account, address);
        log.warn("Failed sign-in for user '{}' from {}: {}", LoginThrottleFilter.printable(account), address,
                event.getException().getClass().getSimpleName());
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName(), addressOf(event.getAuthentication().getDetails()));
    }

    private static String addressOf(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }

    /** How long the caller must still wait before trying this account from this address, if at all. */
    Optional<Duration> waitBefore(String account, String address) {
        Instant now = clock.instant();
        Instant until = later(lockedUntil(accounts, key(account)), lockedUntil(addresses, address));
        return until != null && until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    void failed(String account, String address) {
        record(accounts, key(account), FREE_ACCOUNT_FAILURES);
        record(addresses, address, FREE_ADDRESS_FAILURES);
    }

    void succeeded(String account, String address) {
        accounts.remove(key(account));
        addresses.remove(address);
    }

    private void record(Map<String, Failures> map, String key, int free) {
        if (key == null) {
            return;
        }
        Instant now = clock.instant();
        if (map.size() >= MAX_TRACKED) {
            map.values().removeIf(f -> f.last().plus(LONGEST_WAIT).isBefore(now));
        }
        map.compute(key, (k, old) -> {
            int count = old == null ? 1 : old.count() + 1;
            Instant lockedUntil = count < free ? null : now.plus(wait(count - free));
            return new Failures(count, lockedUntil, now);
        });
    }

    /** 2 s after the last free failure, then 4 s, 8 s, ... up to 15 minutes. */
    static Duration wait(int beyondFree) {
        if (beyondFree >= 20) {
            return LONGEST_WAIT;
        }
        Duration wait = FIRST_WAIT.multipliedBy(1L << beyondFree);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private static Instant lockedUntil(Map<String, Failures> map, String key) {
        Failures failures = key == null ? null : map.get(key);
        return failures == null ? null : failures.lockedUntil();
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    private static String key(String account) {
        return account == null ? null : account.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
