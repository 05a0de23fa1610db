package app.pitwall.identity.web;

import app.pitwall.identity.internal.SignUps;
import app.pitwall.tenancy.Location;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/**
 * The sign-up form as the browser sends it: the business, its owner, and optionally what kind of shop it is and where.
 * All text, so that what was typed can be shown again next to its error; the password is never shown again.
 */
record SignUpForm(
        @NotBlank(message = "{signUp.businessName.required}") @Size(max = 200)
        String businessName,

        @NotBlank(message = "{signUp.name.required}") @Size(max = 200)
        String name,

        @NotBlank(message = "{signUp.email.required}") @Email(message = "{form.email.invalid}") @Size(max = 254)
        String email,

        @NotBlank(message = "{form.password.required}") @Size(max = 1000)
        String password,

        @Pattern(regexp = "^$|^(REPAIR_SHOP|DETAILING|STORAGE)$", message = "{signUp.kind.invalid}")
        String locationKind,

        @Size(max = 60) String timeZone,

        @Pattern(regexp = "^$|^[A-Za-z]{3}$", message = "{form.currency.invalid}")
        String currency,

        @Pattern(regexp = "^$|^[A-Za-z]{2}$", message = "{form.country.invalid}")
        String country) {

    static SignUpForm blank() {
        return new SignUpForm("", "", "", "", Location.Kind.REPAIR_SHOP.name(), "", "USD", "US");
    }

    /** The same form without the password, to show again. */
    SignUpForm withoutPassword() {
        return new SignUpForm(businessName, name, email, "", locationKind, timeZone, currency, country);
    }

    public String kind() {
        return locationKind == null || locationKind.isBlank() ? Location.Kind.REPAIR_SHOP.name() : locationKind;
    }

    /** What the sign-up service takes; refuses an unknown time zone or currency naming the field. */
    SignUps.Application toApplication() {
        return new SignUps.Application(
                businessName,
                name,
                email,
                password,
                Location.Kind.valueOf(kind()),
                Inputs.zone("timeZone", timeZone),
                Inputs.currency("currency", currency == null ? null : currency.toUpperCase(Locale.ROOT)),
                country == null || country.isBlank() ? null : country);
    }
}
