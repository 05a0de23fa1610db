package app.pitwall.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Writes the API contract into the OpenAPI document: the problem catalog (a {@code Problem} schema whose {@code type}
 * is one of {@link ProblemType}'s URIs, each listed with its status and title in {@code x-problem-types}), JSON Merge
 * Patch for every PATCH (both media types, what {@code null} means), and {@code If-Match} on every operation that takes
 * an expected version, with its 412 and 428 answers.
 */
@Configuration(proxyBeanMethods = false)
class ApiContractDocumentation {

    static final String MERGE_PATCH = "application/merge-patch+json";

    @Bean
    GlobalOpenApiCustomizer apiContract() {
        return openApi -> {
            problemCatalog(openApi);
            if (openApi.getPaths() != null) {
                openApi.getPaths().forEach((path, item) -> operations(item));
            }
        };
    }

    private static void problemCatalog(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        List<String> uris = new ArrayList<>();
        List<Map<String, Object>> catalog = new ArrayList<>();
        for (ProblemType type : ProblemType.values()) {
            uris.add(type.uri().toString());
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("type", type.uri().toString());
            entry.put("code", type.code());
            entry.put("status", type.status());
            entry.put("title", type.title());
            catalog.add(entry);
        }
        StringSchema typeSchema = new StringSchema();
        typeSchema.setEnum(uris);
        Schema<?> problem = new ObjectSchema()
                .description("RFC 9457 problem details. `type` is one of the catalog's URIs (x-problem-types lists"
                        + " each with its status and title); branch on it, never on `detail`. 400 is malformed input"
                        + " (with `fields`), 422 a business rule refused, 409 a stale body version or a state"
                        + " conflict, 412 a stale If-Match, 428 a write that names no version, 404 also another"
                        + " tenant's id.")
                .addProperty("type", typeSchema)
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty(
                        "fields",
                        new ObjectSchema()
                                .additionalProperties(new StringSchema())
                                .description("for invalid input: each offending field with what is wrong"));
        problem.addExtension("x-problem-types", catalog);
        openApi.getComponents().addSchemas("Problem", problem);
        openApi.addExtension("x-problem-types", catalog);
    }

    static {
        // resolved by Pitwall itself, so no request parameter of their own; described below instead
        org.springdoc.core.utils.SpringDocUtils.getConfig()
                .addRequestWrapperToIgnore(MergePatch.class, ExpectedVersion.class, Paging.class);
    }

    private static void operations(PathItem item) {
        if (item.getPatch() != null) {
            mergePatch(item.getPatch());
        }
        for (Operation operation : item.readOperations()) {
            expectedVersion(operation);
        }
    }

    private static void mergePatch(Operation operation) {
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            Content content = operation.getRequestBody().getContent();
            MediaType json = content.get(org.springframework.http.MediaType.APPLICATION_JSON_VALUE);
            if (json != null) {
                content.addMediaType(MERGE_PATCH, json);
            }
        }
        append(
                operation,
                "A JSON Merge Patch (RFC 7396), as `application/merge-patch+json` or `application/json`: a field left"
                        + " out is kept, a field given as `null` is cleared (a field that cannot be cleared is refused"
                        + " with 400 `invalid-input`).");
    }

    /** Operations whose handler expects a version are marked by the If-Match parameter springdoc cannot see. */
    private static void expectedVersion(Operation operation) {
        if (operation.getExtensions() == null || !operation.getExtensions().containsKey(ExpectsVersion.EXTENSION)) {
            return;
        }
        operation.addParametersItem(new HeaderParameter()
                .name("If-Match")
                .required(false)
                .description("The ETag the resource was read with (\"3\"), unless the body gives its `version`."
                        + " Without either: 428 precondition-required; stale: 412 precondition-failed (a stale body"
                        + " version: 409 stale-version). Nothing changes on a refusal.")
                .schema(new StringSchema()));
        operation.getExtensions().remove(ExpectsVersion.EXTENSION);
        append(operation, "Needs the expected version: `If-Match` or the body's `version`.");
    }

    private static void append(Operation operation, String line) {
        String existing = operation.getDescription();
        operation.setDescription(existing == null || existing.isBlank() ? line : existing + "\n\n" + line);
    }

    /** Marks, per operation, that its handler takes an {@link ExpectedVersion}. */
    @Bean
    org.springdoc.core.customizers.OperationCustomizer expectsVersion() {
        return new ExpectsVersion();
    }

    /** Marks the operations that expect a version, and gives the lists their {@code limit} and {@code cursor}. */
    static final class ExpectsVersion implements org.springdoc.core.customizers.OperationCustomizer {

        static final String EXTENSION = "x-pitwall-expects-version";

        @Override
        public Operation customize(Operation operation, org.springframework.web.method.HandlerMethod handler) {
            for (Class<?> type : handler.getMethod().getParameterTypes()) {
                if (type == ExpectedVersion.class) {
                    operation.addExtension(EXTENSION, true);
                }
                if (type == Paging.class) {
                    paged(operation);
                }
            }
            return operation;
        }

        private static void paged(Operation operation) {
            operation.addParametersItem(new io.swagger.v3.oas.models.parameters.QueryParameter()
                    .name("limit")
                    .description("Items per page, 1 to " + Paging.MAX + "; another number is 400 invalid-input.")
                    .schema(new IntegerSchema()
                            .minimum(java.math.BigDecimal.ONE)
                            .maximum(java.math.BigDecimal.valueOf(Paging.MAX))
                            ._default(Paging.DEFAULT)));
            operation.addParametersItem(new io.swagger.v3.oas.models.parameters.QueryParameter()
                    .name("cursor")
                    .description("The previous page's nextCursor; absent for the first page.")
                    .schema(new StringSchema().maxLength(Paging.CURSOR_LENGTH)));
            append(
                    operation,
                    "A page: `{\"items\": [...], \"nextCursor\": ...}`; `nextCursor` is null on the last page.");
        }
    }
}
