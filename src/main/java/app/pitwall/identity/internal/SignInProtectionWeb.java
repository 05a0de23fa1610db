package app.pitwall.identity.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the per-address limit in front of every handler, ahead of the permission check. */
@Configuration(proxyBeanMethods = false)
class SignInProtectionWeb implements WebMvcConfigurer {

    private final AddressLimits limits;

    SignInProtectionWeb(AddressLimits limits) {
        this.limits = limits;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AddressLimitInterceptor(limits)).order(Ordered.HIGHEST_PRECEDENCE);
    }
}
