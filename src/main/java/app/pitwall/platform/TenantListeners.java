package app.pitwall.platform;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * Runs every {@link ApplicationModuleListener} inside the tenant of the {@link TenantEvent} it receives. Such a
 * listener runs after the publishing transaction committed, on another thread, in a transaction of its own; the
 * transaction manager takes the tenant from the current principal when the transaction begins, so the tenant is set
 * here, around the listener's transaction. A listener of an event without a tenant runs with none and sees no tenant's
 * rows.
 */
@Configuration(proxyBeanMethods = false)
class TenantListeners {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor tenantOfListenedEvent() {
        MethodInterceptor inTenant = invocation -> {
            Object[] arguments = invocation.getArguments();
            if (arguments.length > 0 && arguments[0] instanceof TenantEvent event && event.tenantId() != null) {
                return TenantScope.callAs(event.tenantId(), () -> {
                    try {
                        return invocation.proceed();
                    } catch (RuntimeException | Error e) {
                        throw e;
                    } catch (Throwable e) {
                        throw new IllegalStateException(e);
                    }
                });
            }
            return invocation.proceed();
        };
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(
                AnnotationMatchingPointcut.forMethodAnnotation(ApplicationModuleListener.class), inTenant);
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }
}
