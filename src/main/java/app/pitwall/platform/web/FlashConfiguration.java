package app.pitwall.platform.web;

import app.pitwall.platform.PitwallProperties;
import app.pitwall.platform.Secrets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMapManager;

/**
 * Flash attributes for post/redirect/get in a cookie ({@link CookieFlashMapManager}), keyed by {@code
 * PITWALL_FLASH_KEY} or a key generated under the data directory; several instances need the same one.
 */
@Configuration(proxyBeanMethods = false)
class FlashConfiguration {

    @Bean(name = DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
    FlashMapManager flashMapManager(PitwallProperties pitwall, @Value("${pitwall.flash.key:}") String given) {
        return new CookieFlashMapManager(Secrets.key("page-flash", given, pitwall.dataDir(), 32));
    }
}
