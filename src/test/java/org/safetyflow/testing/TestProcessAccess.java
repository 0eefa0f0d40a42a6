package org.safetyflow.testing;

import static org.safetyflow.security.AccessMatrix.process;

import java.util.List;
import org.safetyflow.casefile.DocumentType;
import org.safetyflow.casefile.DocumentTypes;
import org.safetyflow.disclosure.NoticeSignOff;
import org.safetyflow.input.InputSpec;
import org.safetyflow.security.AccessMatrix;
import org.safetyflow.security.Role;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The access-matrix lines and 文书 of the small processes tests deploy themselves, declared like every process's. */
@TestConfiguration(proxyBeanMethods = false)
public class TestProcessAccess {

    /** StatutoryClocksTest's stand-in for a licensing decision. */
    @Bean
    AccessMatrix.ProcessAccess clockTestAccess() {
        return process("clock-test").startedBy(Role.LICENSING_REVIEWER).followedBy(Role.LICENSING_REVIEWER)
                .clocks(Role.LICENSING_REVIEWER);
    }

    /** The SMS channel of the notifications, recording what it would send (NotificationDeliveryTest). */
    @Bean
    RecordedTexts recordedTexts() {
        return new RecordedTexts();
    }

    /** NoticesTest's sign-off task, declared as every process declares its own. */
    @Bean
    InputSpec noticeTestSignOff() {
        return NoticeSignOff.spec("notice-test", "Publish");
    }

    /** CaseDocumentsTest's report. */
    @Bean
    DocumentTypes documentTestDocuments() {
        return new DocumentTypes() {
            @Override
            public String processKey() {
                return "document-test";
            }

            @Override
            public List<DocumentType> types() {
                return List.of(DocumentType.of("HAZARD_REPORT", "重大事故隐患报告", "currentSituation", "reportedOn", "fundsYuan"));
            }
        };
    }
}
