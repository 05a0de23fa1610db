package app.pitwall.approvals.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How customers' approval links behave ({@code pitwall.approvals.*}); the links start with {@code pitwall.public-url}.
 *
 * @param linkLifetime how long an approval link works (default 7 days)
 * @param maxSubmissions how many times a link may submit decisions before it is refused (429)
 * @param maxViews how many times a link may show its estimate before it is refused (429)
 */
@Validated
@ConfigurationProperties("pitwall.approvals")
record ApprovalProperties(
        @NotNull @DefaultValue("7d") Duration linkLifetime,
        @Min(1) @Max(1000) @DefaultValue("10") int maxSubmissions,
        @Min(1) @Max(100000) @DefaultValue("500") int maxViews) {}
