package app.pitwall.platform.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the stylesheets, scripts, images and web jars, and nothing else, from the classpath. Boot's default
 * mapping of {@code /**} to the static folders is switched off ({@code spring.web.resources.add-mappings: false}):
 * with it, every link a page wrote ({@code @{/repair-orders/...}}) went through the resource chain's URL rewriting,
 * which looked the path up on the classpath; in the packaged jar that is a synchronized jar-file lookup per link, and
 * a job board of 200 cards took seconds to render. Now only these prefixes are rewritten.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        CacheControl revalidate = CacheControl.noCache();
        registry.addResourceHandler("/css/**")
                .addResourceLocations("classpath:/static/css/")
                .setCacheControl(revalidate);
        registry.addResourceHandler("/js/**")
                .addResourceLocations("classpath:/static/js/")
                .setCacheControl(revalidate);
        registry.addResourceHandler("/img/**")
                .addResourceLocations("classpath:/static/img/")
                .setCacheControl(revalidate);
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(revalidate)
                .resourceChain(true);
    }
}
