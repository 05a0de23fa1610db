package app.pitwall.access.web;

import app.pitwall.access.EndpointPermissions;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Optional;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /v3/api-docs}: its title and version, how callers authenticate,
 * and for every operation the access it needs, as the extension {@code x-required-permission}
 * ({@code public}, {@code signed-in} or a permission code) and a line in its description. Both are
 * read from the same declaration the permission interceptor enforces.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String EXTENSION = "x-required-permission";

    @Bean
    OpenAPI pitwallOpenApi(@Value("${pitwall.api.version:0.1.0}") String version) {
        return new OpenAPI()
                .info(new Info()
                        .title("Pitwall API")
                        .version(version)
                        .description("Shop management for automotive businesses. Every operation states the"
                                + " permission it needs in x-required-permission; without it the answer is 403,"
                                + " without a session or token 401.")
                        .license(new License().name("Open source")))
                .components(new Components()
                        .addSecuritySchemes(
                                "session",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.COOKIE)
                                        .name("__Host-pitwall-access")
                                        .description("Browser session; unsafe requests also need X-CSRF-TOKEN"))
                        .addSecuritySchemes(
                                "apiToken",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("API token from POST /api/v1/api-tokens; no CSRF token")));
    }

    @Bean
    OperationCustomizer requiredPermissions() {
        return (operation, handler) -> {
            Optional<EndpointPermissions.Declaration> declaration = EndpointPermissions.declarationOf(handler);
            String required =
                    declaration.map(EndpointPermissions.Declaration::describe).orElse("refused");
            operation.addExtension(EXTENSION, required);
            describe(operation, declaration, required);
            return operation;
        };
    }

    private static void describe(
            Operation operation, Optional<EndpointPermissions.Declaration> declaration, String required) {
        String line = declaration
                .map(d -> switch (d.access()) {
                    case PUBLIC -> "Access: public (" + d.publicReason() + ").";
                    case SIGNED_IN -> "Access: any signed-in user, on their own behalf.";
                    case PERMISSION -> "Access: requires permission `" + required + "`.";
                })
                .orElse("Access: refused (the handler declares no permission).");
        String existing = operation.getDescription();
        operation.setDescription(existing == null || existing.isBlank() ? line : existing + "\n\n" + line);
    }
}
