package org.redline.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins, counted per account and per client address in token buckets: each failure takes a
 * token, tokens come back over the window. With a bucket empty, every attempt for that account or from
 * that address is refused before its password is tried (so a guesser learns nothing, even when it guesses
 * right), until a token is back. Successful sign-ins take nothing, so editors who type their password
 * right are never slowed. Held in memory: an instance restart forgets, which only gives guessers one
 * more window.
 */
@Component
class SignInThrottle {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterAccess(Duration.ofHours(1)).build();
    private final int perAccount;
    private final int perAddress;
    private final Duration window;

    SignInThrottle(@Value("${redline.sign-in.failures-per-account:5}") int perAccount,
            @Value("${redline.sign-in.failures-per-address:20}") int perAddress,
            @Value("${redline.sign-in.window:PT1M}") Duration window) {
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.window = window;
    }

    /** How long the caller must wait before trying again, when the account or the address has no tries left. */
    Optional<Duration> refusal(String account, String address) {
        long wait = Math.max(waitNanos(accountKey(account), perAccount), waitNanos(addressKey(address), perAddress));
        return wait <= 0 ? Optional.empty() : Optional.of(Duration.ofNanos(wait));
    }

    void failed(String account, String address) {
        bucket(accountKey(account), perAccount).tryConsume(1);
        bucket(addressKey(address), perAddress).tryConsume(1);
    }

    private long waitNanos(String key, int capacity) {
        if (key == null) {
            return 0;
        }
        var bucket = buckets.getIfPresent(key);
        return bucket == null ? 0 : bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
    }

    private Bucket bucket(String key, int capacity) {
        if (key == null) {
            return Bucket.builder().addLimit(limit(capacity)).build();
        }
        return buckets.get(key, k -> Bucket.builder().addLimit(limit(capacity)).build());
    }

    private Bandwidth limit(int capacity) {
        return Bandwidth.builder().capacity(capacity).refillGreedy(capacity, window).build();
    }

    private static String accountKey(String account) {
        return account == null || account.isBlank() ? null : "account:" + account.strip().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return address == null ? null : "address:" + address;
    }
}
