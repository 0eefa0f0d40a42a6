package org.safetyflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.Http;
import org.safetyflow.testing.WebappSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every HTTP route SafetyFlow serves, enumerated from the code rather than listed by hand: SafetyFlow's
 * Spring MVC mappings, and every resource of the engine's JAX-RS REST API at {@code /engine-rest} and
 * where the webapps mount it. Anonymous callers get 401 except on the documented public routes; a role
 * user gets 403 with a Chinese message on every route that changes something, except the few the role
 * matrix gives roles (listed here as the expectation, independently of the route policy's code).
 */
@EngineTest
class HttpRoutesTest {

    /** Anonymous by design (docs/security.md): the public notices, the audit page's shell, errors. */
    private static final List<String> PUBLIC_MVC = List.of("/api/public/", "/public", "/audit", "/error");

    /** The writes a role user may make (docs/security.md); every other write is an administrator's. */
    private static final List<Pattern> ROLE_WRITES = List.of(
            Pattern.compile("POST /(task|process-instance|execution|variable-instance|job|incident|external-task)(/count)?"),
            Pattern.compile("POST /history/(?!cleanup$)[a-z-]+(/count)?"),
            Pattern.compile("POST /task/x0/(claim|unclaim|complete|submit-form|comment/create|attachment/create)"),
            Pattern.compile("POST /process-definition/(key/x0(/tenant-id/x0)?|x0)/(start|submit-form)"),
            Pattern.compile("POST /decision-definition/(key/x0(/tenant-id/x0)?|x0)/evaluate"),
            Pattern.compile("POST /filter/create"),
            Pattern.compile("POST /filter/x0/(list|count|singleResult)"),
            Pattern.compile("(PUT|DELETE) /filter/x0"),
            Pattern.compile("POST /message"));
    /** Signing in and out, who is signed in, plugin scripts and styles, and the closed set-up (403). */
    private static final List<Pattern> PUBLIC_WEBAPP = List.of(Pattern.compile(".* /camunda/api/admin/auth/user/.*"),
            Pattern.compile(".* /camunda/api/[a-z]+/plugin/[A-Za-z]+/static/.*"), Pattern.compile(".* /camunda/api/admin/setup/.*"));
    private static final Pattern CHINESE = Pattern.compile("[\\u4e00-\\u9fff]");

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mvc;

    @Test
    void shouldAnswerAnonymousCallersOfEveryEngineRoute401() {
        Http anonymous = Http.anonymous(port);
        List<String> open = new ArrayList<>();
        for (String route : engineRoutes()) {
            String[] call = route.split(" ", 2);
            int status = anonymous.send(call[0], "/engine-rest" + call[1], call[0].equals("GET") ? null : "{}").status();
            if (status != 401) {
                open.add(route + " → " + status);
            }
        }
        assertThat(engineRoutes()).hasSizeGreaterThan(300);
        assertThat(open).isEmpty();
        LoggerFactory.getLogger(HttpRoutesTest.class).info("{} engine REST routes answered anonymous callers 401", engineRoutes().size());
    }

    @Test
    void shouldAnswerAnonymousCallersOfSafetyFlowsOwnApi401ExceptThePublicRoutes() {
        Http anonymous = Http.anonymous(port);
        List<String> open = new ArrayList<>();
        for (String route : mvcRoutes()) {
            String[] call = route.split(" ", 2);
            if (PUBLIC_MVC.stream().anyMatch(call[1]::startsWith)) {
                continue;
            }
            int status = anonymous.send(call[0], call[1], call[0].equals("GET") ? null : "{}").status();
            if (status != 401) {
                open.add(route + " → " + status);
            }
        }
        assertThat(mvcRoutes()).hasSizeGreaterThan(20);
        assertThat(open).isEmpty();
    }

    @Test
    void shouldRefuseARoleUserEveryAdministratorsRouteOfTheEngineIn403Chinese() {
        Http officer = Http.as(port, "hazard-officer", "demo");
        WebappSession tasklist = WebappSession.login(port, "hazard-officer", "demo");
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (String route : engineRoutes()) {
            String[] call = route.split(" ", 2);
            String unnamed = route.replaceFirst(" /engine/x0/", " /");
            if (call[0].equals("GET") || call[0].equals("OPTIONS") || ROLE_WRITES.stream().anyMatch(p -> p.matcher(unnamed).matches())) {
                continue;
            }
            checked++;
            for (Http.Response answer : List.of(officer.send(call[0], "/engine-rest" + call[1], "{}"),
                    tasklist.send(call[0], "/camunda/api/engine/engine/default" + call[1], "{}"))) {
                if (answer.status() != 403 || !CHINESE.matcher(answer.body()).find()) {
                    wrong.add(route + " → " + answer.status() + " " + answer.body());
                }
            }
        }
        assertThat(checked).isGreaterThan(150);
        assertThat(wrong).isEmpty();
        LoggerFactory.getLogger(HttpRoutesTest.class).info("{} administrators' engine routes answered a role user 403, at /engine-rest"
                + " and in the webapps", checked);
    }

    @Test
    void shouldRefuseARoleUserSafetyFlowsAdministratorsRoutesIn403Chinese() {
        Http officer = Http.as(port, "hazard-officer", "demo");
        List<String> wrong = new ArrayList<>();
        for (String route : mvcRoutes()) {
            String[] call = route.split(" ", 2);
            boolean administrators = !call[0].equals("GET") && (call[1].startsWith("/api/registry") || call[1].startsWith("/api/calendar"))
                    || call[1].startsWith("/api/security-log") || call[1].startsWith("/api/audit");
            if (!administrators) {
                continue;
            }
            Http.Response answer = officer.send(call[0], call[1], "{}");
            if (answer.status() != 403 || !CHINESE.matcher(answer.body()).find()) {
                wrong.add(route + " → " + answer.status() + " " + answer.body());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void shouldAnswerAnonymousCallersOfEveryWebappApiRoute401ExceptSigningIn() {
        Http anonymous = Http.anonymous(port);
        List<String> open = new ArrayList<>();
        Set<String> routes = webappRoutes();
        for (String route : routes) {
            String[] call = route.split(" ", 2);
            if (PUBLIC_WEBAPP.stream().anyMatch(p -> p.matcher(route).matches())) {
                continue;
            }
            int status = anonymous.send(call[0], call[1], call[0].equals("GET") ? null : "{}").status();
            if (status != 401) {
                open.add(route + " → " + status);
            }
        }
        assertThat(routes).hasSizeGreaterThan(20);
        assertThat(open).isEmpty();
    }

    /** "METHOD /path" of the webapps' own APIs (Admin, Cockpit, Tasklist, Welcome and their plugins). */
    private static Set<String> webappRoutes() {
        Set<String> routes = new TreeSet<>();
        Map<String, jakarta.ws.rs.core.Application> apps = Map.of("/camunda/api/admin", new org.camunda.bpm.admin.impl.web.AdminApplication(),
                "/camunda/api/cockpit", new org.camunda.bpm.cockpit.impl.web.CockpitApplication(),
                "/camunda/api/tasklist", new org.camunda.bpm.tasklist.impl.web.TasklistApplication(),
                "/camunda/api/welcome", new org.camunda.bpm.welcome.impl.web.WelcomeApplication());
        apps.forEach((base, app) -> {
            for (Class<?> resource : app.getClasses()) {
                Class<?> api = annotatedType(resource);
                if (api != null) {
                    walk(api, base + path(api.getAnnotation(Path.class)), routes, 0);
                }
            }
        });
        return routes;
    }

    /** "METHOD /path" of every engine REST resource method, path variables as {@code x0}. */
    private static Set<String> engineRoutes() {
        Set<String> routes = new TreeSet<>();
        for (Class<?> resource : CamundaRestResources.getResourceClasses()) {
            Class<?> api = annotatedType(resource);
            if (api != null) {
                walk(api, path(api.getAnnotation(Path.class)), routes, 0);
            }
        }
        return routes;
    }

    private static void walk(Class<?> type, String base, Set<String> routes, int depth) {
        if (depth > 6) {
            return;
        }
        for (Method method : type.getMethods()) {
            String path = base + path(method.getAnnotation(Path.class));
            String http = httpMethod(method);
            if (http != null) {
                routes.add(http + " " + (path.isEmpty() ? "/" : path));
            } else if (method.getAnnotation(Path.class) != null) {
                walk(method.getReturnType(), path, routes, depth + 1);
            }
        }
    }

    private static Class<?> annotatedType(Class<?> resource) {
        if (resource.isAnnotationPresent(Path.class)) {
            return resource;
        }
        for (Class<?> api : resource.getInterfaces()) {
            if (api.isAnnotationPresent(Path.class)) {
                return api;
            }
        }
        return resource.getSuperclass() == null ? null : annotatedType(resource.getSuperclass());
    }

    private static String path(Path path) {
        if (path == null) {
            return "";
        }
        String value = path.value().replaceAll("\\{[^}]+}", "x0");
        return value.isEmpty() || value.equals("/") ? "" : (value.startsWith("/") ? value : "/" + value).replaceAll("/$", "");
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    /** "METHOD /path" of SafetyFlow's own Spring MVC mappings. */
    private Set<String> mvcRoutes() {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfo info : mvc.getHandlerMethods().keySet()) {
            Set<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of("GET")
                    : info.getMethodsCondition().getMethods().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet());
            for (String pattern : info.getPatternValues()) {
                methods.forEach(method -> routes.add(method + " " + pattern.replaceAll("\\{[^}]+}", "x0")));
            }
        }
        return routes;
    }
}
