package app.pitwall.platform.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A number typed on a form as people write it in their locale: a price {@code $12.99}, {@code 1,250.00} or {@code
 * 1.250,00 €}, hours {@code 1.5}. Currency symbols and spaces are ignored, grouping and the decimal mark follow the
 * locale. Text that is no number is a {@code typeMismatch}, and the form shows it again as typed. Put it on a {@code
 * BigDecimal} component of a form record.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Amount {}
