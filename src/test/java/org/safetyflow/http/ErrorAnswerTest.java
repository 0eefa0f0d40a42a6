package org.safetyflow.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.junit.jupiter.api.Test;
import org.safetyflow.rules.Refusal;

/** Each failure's answer: its status and a Chinese message without the engine's internals. */
class ErrorAnswerTest {

    private static final String COMPLETE = "/engine-rest/task/42/complete";

    @Test
    void shouldAnswerALostRace409AndAFinishedTask404Or409ByWhetherTheRequestSawIt() {
        ProcessEngineException gone = new ProcessEngineException("Cannot complete task 42",
                new NullValueException("Cannot find task with id 42: task is null"));

        assertThat(ErrorAnswer.to(new OptimisticLockingException("ENGINE-03005 Execution of 'UPDATE TaskEntity' failed"), COMPLETE, false))
                .isEqualTo(new ErrorAnswer(409, "ConflictException", ErrorAnswer.TASK_TAKEN));
        assertThat(ErrorAnswer.to(gone, COMPLETE, false)).isEqualTo(new ErrorAnswer(404, "NotFoundException", "任务不存在或已办结。"));
        assertThat(ErrorAnswer.to(gone, COMPLETE, true).status()).isEqualTo(409);
        assertThat(ErrorAnswer.to(new OptimisticLockingException("x"), "/engine-rest/message", false).message())
                .isEqualTo(ErrorAnswer.CASE_CHANGED);
    }

    @Test
    void shouldAnswerValuesTheDatabaseRefused400WithoutTheSql() {
        SQLException tooLong = new SQLException("ERROR: value too long for type character varying(4000)", "22001");
        SQLException nul = new SQLException("ERROR: invalid byte sequence for encoding \"UTF8\": 0x00", "22021");
        ProcessEngineException wrapped = new ProcessEnginePersistenceException("### Error updating database. ### SQL: insert into ACT_RU_VARIABLE",
                new PersistenceException("### SQL: insert into ACT_RU_VARIABLE values (?)", tooLong));

        ErrorAnswer answer = ErrorAnswer.to(wrapped, COMPLETE, false);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.message()).isEqualTo("某个值超过了允许的长度。").doesNotContain("ACT_");
        assertThat(ErrorAnswer.to(new ProcessEngineException("x", nul), COMPLETE, false).status()).isEqualTo(400);
        assertThat(ErrorAnswer.to(new ProcessEngineException("y", new SQLException("deadlock detected", "40P01")), COMPLETE, false).status())
                .isEqualTo(409);
    }

    @Test
    void shouldKeepSafetyFlowsOwnAnswersAndPutTheEnginesIntoChinese() {
        assertThat(ErrorAnswer.to(Refusal.conflict("已撤回"), "/api/notices/1/withdrawal", false)).isEqualTo(new ErrorAnswer(409, "ConflictException", "已撤回"));
        assertThat(ErrorAnswer.to(new AuthorizationException("您无权办理"), COMPLETE, false)).isEqualTo(new ErrorAnswer(403, "AuthorizationException", "您无权办理"));
        assertThat(ErrorAnswer.to(new BadUserRequestException("Cannot convert value 'abc' to Integer"), COMPLETE, false).message())
                .isEqualTo("请求无效：Cannot convert value 'abc' to Integer");
        assertThat(ErrorAnswer.to(new ProcessEngineException("Cannot complete task",
                new ProcessEngineException("Unknown property used in expression: ${x}. Cause: Cannot resolve identifier 'x'")), COMPLETE, false))
                .isEqualTo(new ErrorAnswer(400, "InvalidRequestException", "缺少办理此步骤所需的字段「x」。"));
        assertThat(ErrorAnswer.to(new StackOverflowError(), "/engine-rest/deployment/create", false).status()).isEqualTo(400);
    }

    @Test
    void shouldAnswerAnythingElse500WithAReferenceAndNothingOfTheError() {
        ErrorAnswer answer = ErrorAnswer.to(new IllegalStateException("select * from secret"), "/api/x", false);

        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.message()).startsWith("服务器内部错误，请联系系统管理员（错误编号 ").doesNotContain("secret");
    }

    @Test
    void shouldReadAPathAsJerseyRoutesIt() {
        assertThat(RoutedPath.normalize("/engine-rest/process-definition/key/p/start;x=1")).isEqualTo("/engine-rest/process-definition/key/p/start");
        assertThat(RoutedPath.normalize("/engine-rest//task/1/complete/")).isEqualTo("/engine-rest/task/1/complete");
        assertThat(RoutedPath.normalize("/engine-rest/task;a=b/1;c/complete;d=e/")).isEqualTo("/engine-rest/task/1/complete");
        assertThat(RoutedPath.normalize("")).isEqualTo("/");
    }
}
