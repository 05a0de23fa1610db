package app.pitwall.customers.web;

import app.pitwall.platform.web.LocalRedirects;
import java.util.UUID;
import org.springframework.web.servlet.ModelAndView;

/** Where the customer forms send the browser after a change: the customer's page, with a notice of what happened. */
final class CustomerLinks {

    private CustomerLinks() {}

    static ModelAndView page(UUID customer, String notice) {
        return new ModelAndView(LocalRedirects.to("/customers/" + customer + "?notice=" + notice));
    }

    /** The customer's page scrolled to one of their vehicles. */
    static ModelAndView vehicle(UUID customer, UUID vehicle, String notice) {
        return new ModelAndView(
                LocalRedirects.to("/customers/" + customer + "?notice=" + notice + "#vehicle-" + vehicle));
    }
}
