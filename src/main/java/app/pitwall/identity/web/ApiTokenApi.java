package app.pitwall.identity.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.access.RequiresRecentAuthentication;
import app.pitwall.identity.internal.ApiTokens;
import app.pitwall.platform.web.PageView;
import app.pitwall.platform.web.Paging;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/api-tokens}: owners create tokens for integrations (the secret is in the answer to
 * the creation only), list them and revoke them.
 */
@RestController
@RequestMapping("/api/v1/api-tokens")
class ApiTokenApi {

    private final ApiTokens tokens;

    ApiTokenApi(ApiTokens tokens) {
        this.tokens = tokens;
    }

    /**
     * A token to create. No {@code locationIds} means all of the creator's locations; no {@code
     * expiresAt} means 90 days.
     */
    record NewToken(
            @NotBlank @Size(max = 100) String name,
            @NotNull @Size(min = 1, max = 50) List<@NotBlank @Size(max = 60) String> permissions,
            @Size(max = 100) List<@NotNull UUID> locationIds,
            Instant expiresAt) {}

    /** A created token: {@code token} is the secret for {@code Authorization: Bearer}, shown only now. */
    record CreatedToken(ApiTokens.ApiToken details, String token) {}

    @PostMapping
    @RequiresRecentAuthentication
    @ResponseStatus(HttpStatus.CREATED)
    @RequiresPermission(Permission.API_TOKENS_MANAGE)
    CreatedToken create(@AuthenticationPrincipal Actor actor, @Valid @RequestBody NewToken body) {
        ApiTokens.Created created =
                tokens.create(actor, body.name(), body.permissions(), body.locationIds(), body.expiresAt());
        return new CreatedToken(created.token(), created.secret());
    }

    @GetMapping
    @RequiresPermission(Permission.API_TOKENS_MANAGE)
    PageView<ApiTokens.ApiToken> live(@AuthenticationPrincipal Actor actor, Paging paging) {
        return paging.slice(tokens.live(actor), token -> token);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RequiresPermission(Permission.API_TOKENS_MANAGE)
    void revoke(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        tokens.revoke(actor, id);
    }
}
