package app.pitwall.workorders.web;

import java.util.List;

/** A page of results; {@code nextCursor} is absent on the last page. */
record PageView<T>(List<T> items, String nextCursor) {}
