package app.pitwall.platform.web;

import java.lang.reflect.RecordComponent;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Sends the strong {@code ETag} of every versioned resource the API answers (a record with an {@code int version}):
 * {@code "3"} for version 3, on reads and on the answers to writes, so a client can send it back in {@code If-Match}.
 */
@ControllerAdvice(annotations = RestController.class)
class ResourceVersions implements ResponseBodyAdvice<Object> {

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(
            Object body,
            MethodParameter returnType,
            MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType,
            ServerHttpRequest request,
            ServerHttpResponse response) {
        Integer version = versionOf(body);
        if (version != null) {
            response.getHeaders().setETag(ExpectedVersion.etag(version));
        }
        return body;
    }

    /** The version of a versioned resource, or null for anything else (pages, problems, lists). */
    static Integer versionOf(Object body) {
        if (body == null || !body.getClass().isRecord()) {
            return null;
        }
        for (RecordComponent component : body.getClass().getRecordComponents()) {
            if (component.getName().equals("version")
                    && (component.getType() == int.class || component.getType() == Integer.class)) {
                try {
                    component.getAccessor().setAccessible(true);
                    return (Integer) component.getAccessor().invoke(body);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
