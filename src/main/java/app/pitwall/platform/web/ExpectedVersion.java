package app.pitwall.platform.web;

/**
 * The version a write expects the resource to be at, from {@code If-Match} or the body's {@code version}. A handler of
 * a write to an existing resource takes it as a parameter (after its {@code @RequestBody}, if any) and hands {@link
 * #value()} to the service, which refuses a stale one with {@link ProblemType#STALE_VERSION}; {@link ExpectedVersions}
 * resolves it, answering 428 when the request names no version, and turns a stale {@code If-Match} into 412.
 *
 * @param fromIfMatch whether the caller said it in {@code If-Match} (a stale one is 412) rather than the body (409)
 */
public record ExpectedVersion(int value, boolean fromIfMatch) {

    /** A part of a versioned resource (a job of an order), answered with the whole's ETag. */
    public static <T> org.springframework.http.ResponseEntity<T> tagged(T part, int version) {
        return org.springframework.http.ResponseEntity.ok().eTag(etag(version)).body(part);
    }

    /** The strong entity tag of a version: {@code "3"}. */
    public static String etag(int version) {
        return "\"" + version + "\"";
    }
}
