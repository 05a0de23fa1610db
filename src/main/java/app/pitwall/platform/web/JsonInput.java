package app.pitwall.platform.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * How JSON request bodies are read, beyond {@code spring.jackson.*} (which refuses unknown fields and keys given
 * twice): no text may hold a NUL character, which PostgreSQL refuses deep in a query; such a field is refused by name
 * as bad input.
 */
@Configuration(proxyBeanMethods = false)
class JsonInput {

    @Bean
    JsonMapperBuilderCustomizer refuseNulInText() {
        return builder -> builder.addModule(new SimpleModule("pitwall-text").addDeserializer(String.class, new Text()));
    }

    /** Jackson's own text reading, refusing NUL. */
    static final class Text extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = super.deserialize(parser, context);
            if (text != null && text.indexOf('\0') >= 0) {
                throw InvalidFormatException.from(parser, "Text must not contain a NUL character", null, String.class);
            }
            return text;
        }
    }
}
