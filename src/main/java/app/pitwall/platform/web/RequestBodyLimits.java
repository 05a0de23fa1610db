package app.pitwall.platform.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Measures every request body before a converter parses it: {@value #DEFAULT_BYTES} bytes at most (64 KiB, far more
 * than any form of Pitwall's JSON API needs), or what the handler declares with {@link RequestBodyLimit}. A body
 * that announces more is refused at once; one that streams in chunks is cut off at the limit. Either way the answer
 * is 413 {@code payload-too-large}, and nothing of the body was parsed beyond the limit.
 */
@ControllerAdvice
@org.springframework.core.annotation.Order(0)
class RequestBodyLimits extends RequestBodyAdviceAdapter {

    static final long DEFAULT_BYTES = 64 * 1024;

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(
            HttpInputMessage input,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        RequestBodyLimit declared = parameter.getMethodAnnotation(RequestBodyLimit.class);
        long limit = declared != null ? declared.bytes() : DEFAULT_BYTES;
        long announced = input.getHeaders().getContentLength();
        if (announced > limit) {
            throw new PayloadTooLargeException(limit);
        }
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() throws IOException {
                return new Limited(input.getBody(), limit);
            }

            @Override
            public HttpHeaders getHeaders() {
                return input.getHeaders();
            }
        };
    }

    /** A body that fails as soon as it yields more than its limit. */
    private static final class Limited extends FilterInputStream {

        private final long limit;
        private long read;

        Limited(InputStream body, long limit) {
            super(body);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, (int) Math.min(length, limit - read + 1));
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(Math.min(n, limit - read + 1));
            count(skipped);
            return skipped;
        }

        private void count(long n) {
            read += n;
            if (read > limit) {
                throw new PayloadTooLargeException(limit);
            }
        }
    }
}
