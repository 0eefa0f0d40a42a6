package org.safetyflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.safetyflow.http.RewrittenBody;
import org.springframework.web.filter.OncePerRequestFilter;

/** Records every login to a webapp (Tasklist, Cockpit, Admin, Welcome) and its outcome in the security log. */
class WebappLogins extends OncePerRequestFilter {

    private static final Pattern LOGIN = Pattern.compile(".*/auth/user/[^/]+/login/([^/]+)$");
    private static final Pattern USERNAME = Pattern.compile("(?:^|&)username=([^&]*)");

    private final LoginAttempts loginAttempts;

    WebappLogins(LoginAttempts loginAttempts) {
        this.loginAttempts = loginAttempts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher login = LOGIN.matcher(request.getRequestURI());
        if (!"POST".equals(request.getMethod()) || !login.matches()) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        Matcher username = USERNAME.matcher(new String(body, StandardCharsets.UTF_8));
        if (!username.find()) {
            chain.doFilter(new RewrittenBody(request, body), response);
            return;
        }
        String user = URLDecoder.decode(username.group(1), StandardCharsets.UTF_8);
        LoginAttempts.Attempt attempt = loginAttempts.begin(user, request.getRemoteAddr(), "登录 " + login.group(1));
        chain.doFilter(new RewrittenBody(request, body), response);
        if (response.getStatus() == HttpServletResponse.SC_OK) {
            attempt.succeeded();
        } else if (response.getStatus() == HttpServletResponse.SC_FORBIDDEN) {
            attempt.refusedTheApplication();
        } else {
            attempt.failed();
        }
    }
}
