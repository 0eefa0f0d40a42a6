package org.safetyflow.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInvocationContext;
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
 *
 * <p>A task's completion and a case's start also run their engine commands in one engine command context: the engine
 * reuses an open context for the commands called inside it, as it does for a delegate calling the engine. So the task a
 * completion's route policy and input check looked up, its execution, definition, links and variables are read once and
 * kept for the completion itself (before, each command read them again: about 20 statements of each completion), and
 * everything is written in one flush when the request is done. A request answered with an error flushes nothing. Only
 * these routes: the API answers them from what the command returned, whereas some others query what they have just
 * written (creating an authorization answers with a query for it), which an unflushed context would not find.
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
            ProcessEngineConfigurationImpl engine, @Value("${safetyflow.http.one-transaction-per-request:true}") boolean enabled,
            @Value("${safetyflow.http.one-command-context-per-request:true}") boolean oneContext) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
                new Filter(transactions, database.postgres() ? database.jdbc() : null, oneContext ? engine : null));
        registration.setEnabled(enabled);
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setName("safetyflowRequestTransactions");
        registration.setOrder(ORDER);
        return registration;
    }

    static class Filter extends OncePerRequestFilter {

        private static final Logger log = LoggerFactory.getLogger(RequestTransactions.class);
        private static final ObjectMapper JSON = new ObjectMapper();

        /** The writes whose engine commands share one command context: a task's completion, a case's start. */
        private static final Pattern ONE_CONTEXT = Pattern.compile(".*/task/[^/]+/(?:complete|submit-form|resolve)"
                + "|.*/process-definition/(?:key/[^/]+(?:/tenant-id/[^/]+)?|[^/]+)/(?:start|submit-form)");

        /** A list or count asked by POST (Tasklist's filters, the API's query endpoints). */
        private static final Pattern QUERY = Pattern.compile(".*/(?:list|count)|.*/(?:task|process-instance|execution|variable-instance"
                + "|process-definition|history/[a-z-]+)");

        private final PlatformTransactionManager transactions;
        private final JdbcTemplate postgres;
        private final ProcessEngineConfigurationImpl engine;

        /**
         * {@code postgres}: the database, if it is PostgreSQL (where queries get plans for their values), else null;
         * {@code engine}: the engine whose commands a completion or start runs in one command context, or null for one each.
         */
        Filter(PlatformTransactionManager transactions, JdbcTemplate postgres, ProcessEngineConfigurationImpl engine) {
            this.transactions = transactions;
            this.postgres = postgres;
            this.engine = engine;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            TransactionStatus transaction = transactions.getTransaction(new DefaultTransactionDefinition());
            try {
                boolean query = isQuery(request);
                if (postgres != null && query) {
                    postgres.execute("set local plan_cache_mode = force_custom_plan");
                }
                if (engine != null && "POST".equals(request.getMethod()) && ONE_CONTEXT.matcher(RoutedPath.of(request)).matches()
                        && Context.getCommandContext() == null) {
                    RuntimeException flushFailure = inOneCommandContext(request, response, chain, transaction);
                    if (flushFailure != null) {
                        transactions.rollback(transaction);
                        answer(request, response, ErrorAnswer.to(flushFailure, RoutedPath.of(request), request.getAttribute(ErrorAnswer.TASK_SEEN) != null));
                        return;
                    }
                } else {
                    chain.doFilter(request, response);
                }
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

        /**
         * Runs the request with one engine command context open, which every engine command of the request joins, and
         * closes it: flushed when the answer is a success and no command failed, else discarded. Returns the failure
         * of the flush (a lost race shows only then), or null; what the request itself threw is thrown.
         */
        private RuntimeException inOneCommandContext(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                TransactionStatus transaction) throws IOException, ServletException {
            CommandContext context = engine.getCommandContextFactory().createCommandContext();
            CommandInvocationContext invocation = new CommandInvocationContext(REQUEST, engine, true);
            Context.setCommandInvocationContext(invocation);
            Context.setCommandContext(context);
            Context.setProcessEngineConfiguration(engine);
            try {
                Throwable thrown = null;
                try {
                    chain.doFilter(request, response);
                } catch (IOException | ServletException | RuntimeException | Error failure) {
                    thrown = failure;
                }
                if (thrown != null) {
                    invocation.trySetThrowable(thrown);
                    try {
                        context.close(invocation);
                    } catch (RuntimeException | Error alsoThrown) {
                        // the request's own failure is the one to answer
                    }
                    throw Filter.<RuntimeException>sneaky(thrown);
                }
                if (response.getStatus() >= 400 || transaction.isRollbackOnly()) {
                    // A failed request flushes nothing: the engine's state of a failed command is not to be written.
                    invocation.trySetThrowable(new Discarded());
                }
                try {
                    context.close(invocation);
                    return null;
                } catch (Discarded discarded) {
                    return null;
                } catch (RuntimeException failure) {
                    return failure;
                }
            } finally {
                // Closing needs the context current (the flush's listeners ask for it), as the engine's own interceptor does.
                Context.removeCommandInvocationContext();
                Context.removeCommandContext();
                Context.removeProcessEngineConfiguration();
            }
        }

        /** Throws what the request threw (an IOException or ServletException, which this method's caller declares, or unchecked). */
        @SuppressWarnings("unchecked")
        private static <T extends Throwable> T sneaky(Throwable thrown) throws T {
            throw (T) thrown;
        }

        static boolean isQuery(HttpServletRequest request) {
            return isRead(request) || "POST".equals(request.getMethod()) && QUERY.matcher(request.getRequestURI()).matches();
        }

        private static boolean isRead(HttpServletRequest request) {
            return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()) || "OPTIONS".equals(request.getMethod());
        }

        /** The request's own "command": it only holds the context the request's engine commands join. */
        private static final Command<Void> REQUEST = context -> null;

        /**
         * Closes the command context of a failed request without flushing it. A {@link BadUserRequestException}, so
         * that the engine logs it at debug level only (the request's own failure was answered and logged already).
         */
        private static final class Discarded extends BadUserRequestException {
            Discarded() {
                super("request answered with an error: its engine commands are not written");
            }
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
