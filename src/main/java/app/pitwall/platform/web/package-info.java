/** Web conventions every module shares: problem details and their stable types. */
@org.springframework.modulith.NamedInterface("web")
package app.pitwall.platform.web;
