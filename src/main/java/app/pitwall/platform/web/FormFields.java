package app.pitwall.platform.web;

/**
 * Implemented by a form whose inputs are not named like the fields a service refuses: a service names what it was
 * given ({@code jobs[2].amount}, {@code address.street}, {@code laborRateId}), the form names its inputs. The page
 * advice asks the form, so the renaming lives in one place per form. A field the form does not have (null) is shown
 * as an error about the whole form.
 */
public interface FormFields {

    /** The input that shows {@code refusedField}'s error, or null when no input of this form does. */
    String inputOf(String refusedField);
}
