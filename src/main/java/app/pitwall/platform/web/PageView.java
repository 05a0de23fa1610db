package app.pitwall.platform.web;

import java.util.List;

/** A page of results; {@code nextCursor} is absent on the last page. */
public record PageView<T>(List<T> items, String nextCursor) {}
