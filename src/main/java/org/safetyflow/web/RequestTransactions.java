package org.safetyflow.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.safetyflow.http.ErrorAnswer;
import org.safetyflow.http.RoutedPath;
import org.safetyflow.storage.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One database transaction per request to the engine's API (and Tasklist's copy of it): every engine command the
 * request runs — SafetyFlow's route policy and input checks looking the task up, the command itself, the answer's
 * reads — joins it (the engine takes part in Spring's transactions). Before, each ran in its own: about six
 * transactions for a task completion, each a round trip to begin and one to commit (docs/benchmarks.md).
 *
 * <p>What the client is told and what is stored agree: the transaction commits before the answer of a write leaves
 * (the answer is held back until then: security.RefusedCommands buffers it), and rolls back when the answer is an
 * error (4xx, 5xx) or a command inside failed — also one whose failure the API turned into a success, which is then
 * answered as the server error it is. So a request that fails half-way leaves nothing behind.
 *
 * <p>On PostgreSQL the transaction also chooses how its statements are planned. A query — a read, or a list or count
 * asked by POST, as Tasklist asks for its filters — plans each statement for its actual values
 * ({@code plan_cache_mode = force_custom_plan}): the engine's permission join needs that to look up the grants of a
 * user who holds thousands of single-task ones instead of pairing each grant with each task (docs/benchmarks.md,
 * Tasklist). A command keeps the server's default, which reuses a prepared statement's plan after a few runs: its
 * statements look rows up by id, and planning each anew was 40 % of the database's CPU per case (issue 17).
 */
@Configuration
class RequestTransactions {

    /** Inside authentication and security.RefusedCommands (which buffers the answer of a write), before the route policy. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 12;

    /**
     * {@code safetyflow.http.one-transaction-per-request=false} lets each command commit on its own again: only for
     * measuring what this saves (tools/perf), never needed otherwise.
     */
    @Bean
    FilterRegistrationBean<Filter> requestTransactionFilter(PlatformTransactionManager transactions, Database database,
            @Value("${safetyflow.http.one-transaction-per-request:true}") boolean enabled) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
                new Filter(transactions, database.postgres() ? database.jdbc() : null));
        registration.setEnabled(enabled);
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setName("safetyflowRequestTransactions");
        registration.setOrder(ORDER);
        return registration;
    }

    static class Filter extends OncePerRequestFilter {

        private static final Logger log = LoggerFactory.getLogger(RequestTransactions.class);
        private static final ObjectMapper JSON = new ObjectMapper();

        /** A list or count asked by POST (Tasklist's filters, the API's query endpoints). */
        private static final Pattern QUERY = Pattern.compile(".*/(?:list|count)|.*/(?:task|process-instance|execution|variable-instance"
                + "|process-definition|history/[a-z-]+)");

        private final PlatformTransactionManager transactions;
        private final JdbcTemplate postgres;

        /** {@code postgres}: the database, if it is PostgreSQL (where queries get plans for their values), else null. */
        Filter(PlatformTransactionManager transactions, JdbcTemplate postgres) {
            this.transactions = transactions;
            this.postgres = postgres;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            TransactionStatus transaction = transactions.getTransaction(new DefaultTransactionDefinition());
            try {
                if (postgres != null && isQuery(request)) {
                    postgres.execute("set local plan_cache_mode = force_custom_plan");
                }
                chain.doFilter(request, response);
            } catch (IOException | ServletException | RuntimeException | Error failure) {
                transactions.rollback(transaction);
                throw failure;
            }
            boolean failed = response.getStatus() >= 400;
            if (failed || transaction.isRollbackOnly()) {
                transactions.rollback(transaction);
                if (!failed && !isRead(request)) {
                    answer(request, response, ErrorAnswer.serverError(
                            new IllegalStateException("A command of this request failed, but the API answered success"), RoutedPath.of(request)));
                }
                return;
            }
            try {
                transactions.commit(transaction);
            } catch (RuntimeException failure) {
                answer(request, response, ErrorAnswer.to(failure, RoutedPath.of(request), request.getAttribute(ErrorAnswer.TASK_SEEN) != null));
            }
        }

        static boolean isQuery(HttpServletRequest request) {
            return isRead(request) || "POST".equals(request.getMethod()) && QUERY.matcher(request.getRequestURI()).matches();
        }

        private static boolean isRead(HttpServletRequest request) {
            return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()) || "OPTIONS".equals(request.getMethod());
        }

        /** Replaces an answer that has not left yet (a write's is held back); one that has left can only be logged. */
        private static void answer(HttpServletRequest request, HttpServletResponse response, ErrorAnswer answer) throws IOException {
            if (response.isCommitted()) {
                log.error("{} {} answered {} before its transaction ended; it ended with {}", request.getMethod(),
                        request.getRequestURI(), response.getStatus(), answer.status());
                return;
            }
            response.resetBuffer();
            response.setStatus(answer.status());
            response.setContentType("application/json;charset=UTF-8");
            response.getOutputStream().write(JSON.writeValueAsBytes(answer.body()));
        }
    }
}
