package org.safetyflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.SmartTransactionObject;
import org.springframework.web.util.ContentCachingResponseWrapper;

/** What the one transaction of an engine API request does with each kind of answer. */
class RequestTransactionsTest {

    final Transactions transactions = new Transactions();
    final RequestTransactions.Filter filter = new RequestTransactions.Filter(transactions, null, null);
    final MockHttpServletRequest request = new MockHttpServletRequest("POST", "/engine-rest/task/t-1/complete");
    final MockHttpServletResponse response = new MockHttpServletResponse();

    @Test
    void shouldCommitASuccessfulRequestOnce() throws Exception {
        filter.doFilter(request, response, (req, res) -> ((HttpServletResponse) res).setStatus(204));

        assertThat(transactions.ends).containsExactly("commit");
        assertThat(response.getStatus()).isEqualTo(204);
    }

    @Test
    void shouldRollBackARequestAnsweredWithAnError() throws Exception {
        filter.doFilter(request, response, (req, res) -> ((HttpServletResponse) res).setStatus(403));

        assertThat(transactions.ends).containsExactly("rollback");
        assertThat(response.getStatus()).isEqualTo(403);
    }

    @Test
    void shouldRollBackAndPassOnAFailure() {
        assertThatThrownBy(() -> filter.doFilter(request, response, (req, res) -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(transactions.ends).containsExactly("rollback");
    }

    @Test
    void shouldNotReportSuccessOfAWriteWhoseCommandFailedInside() throws Exception {
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);

        filter.doFilter(request, buffered, (req, res) -> {
            transactions.markRollbackOnly(); // a command failed, and the API answered 200 all the same
            res.getOutputStream().write("{}".getBytes(StandardCharsets.UTF_8));
        });
        buffered.copyBodyToResponse();

        assertThat(transactions.ends).containsExactly("rollback");
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("服务器内部错误").doesNotContain("{}{");
    }

    @Test
    void shouldAnswerAFailedCommitInsteadOfTheSuccessHeldBack() throws Exception {
        transactions.failCommit = true;
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);

        filter.doFilter(request, buffered, (req, res) -> res.getOutputStream().write("{\"id\":\"x\"}".getBytes(StandardCharsets.UTF_8)));
        buffered.copyBodyToResponse();

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("服务器内部错误").doesNotContain("\"id\"");
    }

    @Test
    void shouldPlanQueriesForTheirValuesButNotCommands() {
        assertThat(RequestTransactions.Filter.isQuery(new MockHttpServletRequest("GET", "/engine-rest/task"))).isTrue();
        assertThat(RequestTransactions.Filter.isQuery(new MockHttpServletRequest("POST", "/camunda/api/engine/engine/default/filter/f-1/list"))).isTrue();
        assertThat(RequestTransactions.Filter.isQuery(new MockHttpServletRequest("POST", "/engine-rest/task/count"))).isTrue();
        assertThat(RequestTransactions.Filter.isQuery(new MockHttpServletRequest("POST", "/engine-rest/history/process-instance"))).isTrue();
        assertThat(RequestTransactions.Filter.isQuery(request)).isFalse(); // a completion
        assertThat(RequestTransactions.Filter.isQuery(new MockHttpServletRequest("POST", "/engine-rest/process-definition/key/complaint-intake/start"))).isFalse();
    }

    /** Records how each transaction ended. */
    static final class Transactions extends AbstractPlatformTransactionManager {
        final List<String> ends = new ArrayList<>();
        boolean failCommit;
        private Transaction current;

        Transactions() {
            setTransactionSynchronization(SYNCHRONIZATION_NEVER);
        }

        /** As a command that failed inside the request does to the transaction it took part in. */
        void markRollbackOnly() {
            current.rollbackOnly = true;
        }

        @Override
        protected Object doGetTransaction() {
            current = new Transaction();
            return current;
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            if (failCommit) {
                throw new TransactionSystemException("commit failed");
            }
            ends.add("commit");
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
            ends.add("rollback");
        }

        static final class Transaction implements SmartTransactionObject {
            boolean rollbackOnly;

            @Override
            public boolean isRollbackOnly() {
                return rollbackOnly;
            }

            @Override
            public void flush() {
            }
        }
    }
}
