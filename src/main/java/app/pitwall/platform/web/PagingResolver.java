package app.pitwall.platform.web;

import app.pitwall.platform.InvalidInputException;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Gives a handler's {@link Paging} parameter from {@code ?limit=} and {@code ?cursor=}; a bad limit is bad input. */
@Configuration(proxyBeanMethods = false)
class PagingResolver implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    private final MergePatchReading mergePatches;
    private final ExpectedVersions versions;

    PagingResolver(MergePatchReading mergePatches, ExpectedVersions versions) {
        this.mergePatches = mergePatches;
        this.versions = versions;
    }

    /**
     * Also gives {@link MergePatch} and {@link ExpectedVersion} parameters: the API contract's argument types are
     * registered in one place.
     */
    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
        resolvers.add(mergePatches);
        resolvers.add(versions);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Paging.class;
    }

    @Override
    public Paging resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest request,
            WebDataBinderFactory binders) {
        String limit = request.getParameter("limit");
        return new Paging(
                limit == null || limit.isBlank() ? Paging.DEFAULT : number(limit), request.getParameter("cursor"));
    }

    private static int number(String limit) {
        try {
            return Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("limit", "must be a whole number between 1 and " + Paging.MAX);
        }
    }
}
