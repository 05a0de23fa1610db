package app.pitwall.support;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A controller whose handlers declare no access, mapped only in {@link SimulatedInstallationTest}
 * contexts: it proves that a forgotten declaration is refused at run time, not served.
 */
@TestComponent
@RestController
public class UndeclaredProbe {

    public static final String PATH = "/api/v1/test-probes/undeclared";

    @GetMapping(PATH)
    String read() {
        return "this should never be served";
    }

    @PostMapping(PATH)
    String write() {
        return "this should never be served";
    }
}
