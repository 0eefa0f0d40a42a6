package org.safetyflow.http;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The path of a request as the servlet container and JAX-RS route it, for the filters that decide by path (who may
 * call what, which input spec applies): decoded, dot segments resolved, path parameters ({@code ;x=1}) removed,
 * repeated slashes collapsed and a trailing slash dropped. {@code /start;x=1}, {@code /start/}, {@code //start} and
 * {@code /st%61rt} are all {@code /start} here, as they are to Jersey, so no variant slips past a filter that reads
 * the raw {@link HttpServletRequest#getRequestURI()}.
 */
public final class RoutedPath {

    private RoutedPath() {
    }

    /** The routed path within the application (without its context path), e.g. {@code /engine-rest/task/1/complete}. */
    public static String of(HttpServletRequest request) {
        // Tomcat has decoded and normalized the servlet path and path info, and taken path parameters out of them.
        String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
        String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
        return normalize(servletPath + pathInfo);
    }

    /** Path parameters out of every segment, repeated slashes collapsed, no trailing slash. */
    static String normalize(String path) {
        StringBuilder routed = new StringBuilder(path.length());
        for (String segment : path.split("/")) {
            int parameters = segment.indexOf(';');
            String name = parameters < 0 ? segment : segment.substring(0, parameters);
            if (!name.isEmpty()) {
                routed.append('/').append(name);
            }
        }
        return routed.isEmpty() ? "/" : routed.toString();
    }
}
