package org.safetyflow.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.safetyflow.http.ErrorAnswer;
import org.safetyflow.http.RoutedPath;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What escapes every other handler — a failure inside one of the filters in front of the APIs (authentication, the
 * route policy, input validation), or an error no controller handles — is answered as {@link ErrorAnswer} says,
 * in Chinese, instead of the servlet container's error page.
 */
@Configuration
class LastResortErrors {

    @Bean
    FilterRegistrationBean<Filter> lastResortErrorsFilter() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Filter());
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*", "/api/*");
        registration.setName("safetyflowLastResortErrors");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    static class Filter extends OncePerRequestFilter {

        private static final ObjectMapper JSON = new ObjectMapper();

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            try {
                chain.doFilter(request, response);
            } catch (ServletException | RuntimeException | StackOverflowError failure) {
                if (response.isCommitted()) {
                    throw failure;
                }
                ErrorAnswer answer = ErrorAnswer.to(failure, RoutedPath.of(request), request.getAttribute(ErrorAnswer.TASK_SEEN) != null);
                response.reset();
                response.setStatus(answer.status());
                response.setContentType("application/json;charset=UTF-8");
                response.getOutputStream().write(JSON.writeValueAsBytes(answer.body()));
            }
        }
    }
}
