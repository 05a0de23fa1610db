package app.pitwall.identity.internal;

import app.pitwall.identity.SignInProperties;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Token buckets per source address and endpoint group, in PostgreSQL's {@code address_rate_limit}
 * table through Bucket4j, so that every instance draws from the same bucket. A bucket holds {@code
 * pitwall.sign-in.address-limit-per-minute} attempts and refills at that rate; its key names the
 * limit, so a changed limit starts fresh buckets. Idle buckets are deleted once full again.
 */
@Component
class AddressLimits {

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final BucketConfiguration configuration;
    private final int perMinute;

    AddressLimits(DataSource dataSource, SignInProperties properties, Clock clock) {
        this.perMinute = properties.addressLimitPerMinute();
        this.configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .build();
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("address_rate_limit")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .clientClock(new ClockTimeMeter(clock))
                .build();
    }

    /** Whether this address may make one more attempt in this group, and if not, how long to wait. */
    record Decision(boolean allowed, Duration retryAfter) {}

    Decision tryAttempt(String group, String address) {
        String key = group + "/" + perMinute + "/" + (address == null ? "unknown" : address);
        ConsumptionProbe probe =
                buckets.builder().build(key, () -> configuration).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return new Decision(true, Duration.ZERO);
        }
        long seconds =
                Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
        return new Decision(false, Duration.ofSeconds(seconds));
    }

    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
    void removeIdleBuckets() {
        while (buckets.removeExpired(1000) == 1000) {
            Thread.onSpinWait();
        }
    }

    /** Bucket4j's time read from the application clock, which tests move. */
    private record ClockTimeMeter(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
