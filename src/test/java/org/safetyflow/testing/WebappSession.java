package org.safetyflow.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A user signed in to the Camunda webapps (Tasklist) as a browser is: session cookie and CSRF token. */
public final class WebappSession {

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
    private final String base;
    private int loginStatus;

    private WebappSession(int port) {
        this.base = "http://localhost:" + port;
    }

    public static WebappSession login(int port, String user, String password) {
        WebappSession session = attempt(port, "tasklist", user, password);
        if (session.loginStatus != 200) {
            throw new IllegalStateException("Tasklist login of " + user + " failed: " + session.loginStatus);
        }
        return session;
    }

    /** Signs in to one of the webapps ({@code tasklist}, {@code cockpit}, {@code admin}); {@link #loginStatus()} tells how it went. */
    public static WebappSession attempt(int port, String app, String user, String password) {
        WebappSession session = new WebappSession(port);
        session.get("/camunda/app/tasklist/default/");
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        Http.Response login = session.send(HttpRequest.newBuilder(URI.create(session.base + "/camunda/api/admin/auth/user/default/login/" + app))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", session.csrfToken())
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        session.loginStatus = login.status();
        // Signing in starts a new session; its CSRF token comes with the next answer, as a browser's first call after login fetches it.
        session.get("/camunda/api/admin/auth/user/default");
        return session;
    }

    public int loginStatus() {
        return loginStatus;
    }

    public Http.Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json").GET());
    }

    /** Any method, as the webapp's scripts send it (JSON, with the CSRF token). */
    public Http.Response send(String method, String path, String json) {
        return send(method, path, json, "application/json");
    }

    /** The same with another {@code Accept}, e.g. {@code application/hal+json} as Tasklist asks for its lists. */
    public Http.Response send(String method, String path, String json, String accept) {
        HttpRequest.BodyPublisher body = json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .header("Accept", accept).header("X-XSRF-TOKEN", csrfToken()).method(method, body));
    }

    /** The same without the CSRF token, as a page of another site could make the browser send it. */
    public Http.Response sendWithoutCsrfToken(String method, String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json").header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    private String csrfToken() {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElse("");
    }

    private Http.Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Http.Response(response.statusCode(), response.body(), response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
