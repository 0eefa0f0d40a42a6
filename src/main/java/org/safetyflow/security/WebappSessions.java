package org.safetyflow.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;

/**
 * The user signed in to Tasklist (or another webapp) in this browser, for SafetyFlow's API: Tasklist's plugins (the
 * inbox operations, the notification bell) call {@code /api} with the webapp's session instead of a password. A
 * request that changes something must carry the webapp's CSRF token in {@code X-XSRF-TOKEN}, as the webapps' own API
 * asks: another site can make the browser send the session cookie, not read the token.
 */
final class WebappSessions {

    private static final Pattern SAFE_METHODS = Pattern.compile("GET|HEAD|OPTIONS");

    private WebappSessions() {
    }

    /** The signed-in user of the request's webapp session (of the default engine), or null. */
    static String user(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        Authentication authentication = authentications == null ? null : authentications.getAuthenticationForProcessEngine("default");
        return authentication == null || authentication == Authentication.ANONYMOUS ? null : authentication.getIdentityId();
    }

    /** Whether the request may act with the session: it only reads, or it carries the session's CSRF token. */
    static boolean csrfSafe(HttpServletRequest request) {
        if (SAFE_METHODS.matcher(request.getMethod()).matches()) {
            return true;
        }
        Object expected = request.getSession(false) == null ? null : request.getSession(false).getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
        String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
        return expected instanceof String token && sent != null
                && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }
}
