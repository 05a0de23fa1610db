package app.pitwall.platform.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** How typed form fields are read from what people type: {@link Amount}. */
@Configuration(proxyBeanMethods = false)
class FormFormatting implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldAnnotation(new AmountFormatter.Factory());
    }
}
