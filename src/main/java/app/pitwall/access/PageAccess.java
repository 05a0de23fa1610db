package app.pitwall.access;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Whether an actor may open a page, answered by the page's own handler: the handler that a GET of the path reaches
 * and what it declares, judged by {@link EndpointPermissions#verdict}, the check every request passes. A path no
 * handler answers, or whose handler declares nothing, is closed to everyone. Navigation and start pages ask here, so
 * a link is shown exactly to those its page would serve.
 */
@Component
public class PageAccess {

    private static final Logger log = LoggerFactory.getLogger(PageAccess.class);

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;
    private final Map<String, Optional<HandlerMethod>> handlers = new ConcurrentHashMap<>();

    PageAccess(@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    /**
     * Whether a GET of {@code path} (no query) would be served to this actor; null means nobody signed in. The
     * handler found for a path is kept, so paths come from the code (navigation links), never from a request.
     */
    public boolean mayOpen(Actor actor, String path) {
        return handlers.computeIfAbsent(path, this::handlerOf)
                .map(handler -> EndpointPermissions.verdict(handler, actor) == EndpointPermissions.Verdict.ALLOWED)
                .orElse(false);
    }

    private Optional<HandlerMethod> handlerOf(String path) {
        PathContainer parsed = PathContainer.parsePath(path);
        Optional<HandlerMethod> found = mappings.getObject().getHandlerMethods().entrySet().stream()
                .filter(entry -> answersGet(entry.getKey()))
                .flatMap(entry -> entry.getKey().getPathPatternsCondition() == null
                        ? java.util.stream.Stream.empty()
                        : entry.getKey().getPathPatternsCondition().getPatterns().stream()
                                .filter(pattern -> pattern.matches(parsed))
                                .map(pattern -> Map.entry(pattern, entry.getValue())))
                .min(Map.Entry.comparingByKey(PathPattern.SPECIFICITY_COMPARATOR))
                .map(Map.Entry::getValue);
        if (found.isEmpty()) {
            log.warn("No page answers GET {}: a link to it is shown to nobody", path);
        }
        return found;
    }

    private static boolean answersGet(RequestMappingInfo info) {
        var methods = info.getMethodsCondition().getMethods();
        return methods.isEmpty() || methods.contains(RequestMethod.GET);
    }
}
