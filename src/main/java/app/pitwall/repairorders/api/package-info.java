/** The JSON representation of repair orders and their requests, for the API of modules that answer with orders. */
@NamedInterface("api")
package app.pitwall.repairorders.api;

import org.springframework.modulith.NamedInterface;
