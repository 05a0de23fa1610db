package app.pitwall.platform.web;

import app.pitwall.platform.InvalidInputException;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.databind.JsonNode;

/**
 * The one If-Match check: notes the {@code version} of every request body as it is read, and gives a handler's {@link
 * ExpectedVersion} parameter from {@code If-Match} ({@code "3"}; weak tags are refused, as they do not name one
 * version) or that body version. With neither it refuses with 428 {@code precondition-required}, before anything is
 * read or changed; both must agree. The request remembers where the version came from, so that {@link
 * ApiExceptionHandler} answers a stale {@code If-Match} 412 and a stale body version 409.
 */
@ControllerAdvice
@Order(2)
class ExpectedVersions extends RequestBodyAdviceAdapter implements HandlerMethodArgumentResolver {

    private static final String BODY_VERSION = ExpectedVersions.class.getName() + ".body";
    static final String FROM_IF_MATCH = ExpectedVersions.class.getName() + ".ifMatch";

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return targetType instanceof Class<?> type
                && (JsonNode.class.isAssignableFrom(type) || type.isRecord() && versionOf(type) != null);
    }

    @Override
    public Object afterBodyRead(
            Object body,
            HttpInputMessage input,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        Object value = body instanceof JsonNode patch ? versionOf(patch) : versionOf((Record) body);
        RequestAttributes request = RequestContextHolder.currentRequestAttributes();
        if (value != null) {
            request.setAttribute(BODY_VERSION, value, RequestAttributes.SCOPE_REQUEST);
        } else if (expectsVersion(parameter) && input.getHeaders().getFirst(HttpHeaders.IF_MATCH) == null) {
            throw new PreconditionRequiredException(); // before the body is validated: the request's form comes first
        }
        return body;
    }

    private static Object versionOf(Record body) {
        RecordComponent version = versionOf(body.getClass());
        try {
            version.getAccessor().setAccessible(true);
            return version.getAccessor().invoke(body);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read the version of " + body.getClass(), e);
        }
    }

    /** The version a merge patch read as a tree names, if it names one. */
    private static Integer versionOf(JsonNode patch) {
        JsonNode version = patch.get("version");
        if (version == null || version.isNull()) {
            return null;
        }
        if (!version.isInt() || version.intValue() < 0) {
            throw new InvalidInputException("version", "must be the version you read, a whole number");
        }
        return version.intValue();
    }

    private static boolean expectsVersion(MethodParameter parameter) {
        return java.util.Arrays.stream(parameter.getExecutable().getParameterTypes())
                .anyMatch(type -> type == ExpectedVersion.class);
    }

    private static RecordComponent versionOf(Class<?> type) {
        if (!type.isRecord()) {
            return null;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getName().equals("version") && component.getType() == Integer.class) {
                return component;
            }
        }
        return null;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == ExpectedVersion.class;
    }

    @Override
    public ExpectedVersion resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest request,
            WebDataBinderFactory binders) {
        Integer inBody = (Integer) request.getAttribute(BODY_VERSION, RequestAttributes.SCOPE_REQUEST);
        Integer inHeader = ifMatch(request.getHeader(HttpHeaders.IF_MATCH));
        if (inBody == null && inHeader == null) {
            throw new PreconditionRequiredException();
        }
        if (inBody != null && inHeader != null && !inBody.equals(inHeader)) {
            throw new InvalidInputException(Map.of(
                    "version", "differs from If-Match; send one of them", "If-Match", "differs from the version"));
        }
        request.setAttribute(FROM_IF_MATCH, inHeader != null, RequestAttributes.SCOPE_REQUEST);
        return new ExpectedVersion(inHeader != null ? inHeader : inBody, inHeader != null);
    }

    /** The version a strong entity tag names, or null without the header. */
    static Integer ifMatch(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String tag = header.strip();
        if (tag.length() >= 3 && tag.startsWith("\"") && tag.endsWith("\"")) {
            try {
                int version = Integer.parseInt(tag.substring(1, tag.length() - 1));
                if (version >= 0) {
                    return version;
                }
            } catch (NumberFormatException e) {
                // refused below
            }
        }
        throw new InvalidInputException("If-Match", "must be the ETag the resource was read with, e.g. \"3\"");
    }

    /** A write named no version: 428. */
    static final class PreconditionRequiredException extends RuntimeException {

        PreconditionRequiredException() {
            super("Say which version you are changing: send the ETag you read in If-Match, or the body's version.");
        }
    }
}
