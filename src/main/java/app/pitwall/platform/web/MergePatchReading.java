package app.pitwall.platform.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the body of every {@code @PatchMapping} handler as a JSON Merge Patch (RFC 7396) before it is bound: notes
 * which top-level fields are {@code null}, turns those that are text into {@code ""} and those that are lists into
 * {@code []} (so the change record clears them), and hands the rest on unchanged, with the {@link MergePatch} for the
 * handler. A body that is not a JSON object is handed on as it came, for the converter to refuse as before. It runs
 * after {@link RequestBodyLimits}, so it never reads more than the limit.
 */
@ControllerAdvice
@Order(1)
class MergePatchReading extends RequestBodyAdviceAdapter implements HandlerMethodArgumentResolver {

    private static final String ATTRIBUTE = MergePatch.class.getName();

    private final JsonMapper json;

    MergePatchReading(JsonMapper json) {
        this.json = json;
    }

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return parameter.hasMethodAnnotation(PatchMapping.class)
                && targetType instanceof Class<?> type
                && type.isRecord();
    }

    @Override
    public HttpInputMessage beforeBodyRead(
            HttpInputMessage input,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType)
            throws IOException {
        byte[] body = input.getBody().readAllBytes();
        Set<String> cleared = new HashSet<>();
        Set<String> blanked = new HashSet<>();
        byte[] handedOn = body;
        JsonNode tree = parse(body);
        if (tree instanceof ObjectNode patch) {
            Map<String, Class<?>> components = components((Class<?>) targetType);
            for (String field : List.copyOf(patch.propertyNames())) {
                if (patch.get(field).isNull()) {
                    cleared.add(field);
                    Class<?> type = components.get(field);
                    if (type == String.class) {
                        patch.put(field, "");
                        blanked.add(field);
                    } else if (type != null && Collection.class.isAssignableFrom(type)) {
                        patch.putArray(field);
                        blanked.add(field);
                    }
                }
            }
            handedOn = json.writeValueAsBytes(patch);
        }
        RequestContextHolder.currentRequestAttributes()
                .setAttribute(ATTRIBUTE, new MergePatch(cleared, blanked), RequestAttributes.SCOPE_REQUEST);
        return message(input.getHeaders(), handedOn);
    }

    private JsonNode parse(byte[] body) {
        try {
            return json.readTree(body);
        } catch (JacksonException malformed) {
            return null;
        }
    }

    private static Map<String, Class<?>> components(Class<?> record) {
        Map<String, Class<?>> types = new java.util.HashMap<>();
        for (RecordComponent component : record.getRecordComponents()) {
            types.put(component.getName(), component.getType());
        }
        return types;
    }

    private static HttpInputMessage message(HttpHeaders headers, byte[] body) {
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }
        };
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == MergePatch.class;
    }

    @Override
    public MergePatch resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest request,
            WebDataBinderFactory binders) {
        Object patch = request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (patch == null) {
            throw new IllegalStateException(
                    "A MergePatch parameter follows the @RequestBody of a @PatchMapping: " + parameter.getMethod());
        }
        return (MergePatch) patch;
    }
}
