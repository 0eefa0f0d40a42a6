package org.safetyflow.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Which 延续 applications may start (contract §9; 安全生产许可证条例第九条), at the validity's last day. */
class LicenceRenewalTest {

    private static final String NUMBER = "（鲁）WH安许证字〔2023〕000101号";
    private static final Function<String, Optional<Licence>> REGISTER = number -> NUMBER.equals(number)
            ? Optional.of(licence("VALID")) : Optional.empty();

    @Test
    void shouldLetANewApplicationThroughWithoutALicenceNumber() {
        Map<String, Object> values = application("NEW", null, "2026-03-02T09:00:00+08:00");
        assertThat(LicenceRenewal.check(values, REGISTER)).isNull();
    }

    @Test
    void shouldRenewAValidLicenceOfTheSameEnterpriseAndTypeUpToItsLastDay() {
        assertThat(LicenceRenewal.check(application("RENEWAL", NUMBER, "2026-01-14T23:00:00+08:00"), REGISTER)).isNull();
        assertThat(LicenceRenewal.check(application("RENEWAL", NUMBER, "2026-01-15T08:00:00+08:00"), REGISTER))
                .isEqualTo("许可证 " + NUMBER + " 已于 2026-01-14 期满，不能延续，应按新申请（NEW）办理");
    }

    @Test
    void shouldSayWhyARenewalCannotStart() {
        assertThat(LicenceRenewal.check(application("RENEWAL", null, "2025-12-01T09:00:00+08:00"), REGISTER)).contains("须填写原「许可证编号」");
        assertThat(LicenceRenewal.check(application("RENEWAL", "（鲁）无此证", "2025-12-01T09:00:00+08:00"), REGISTER)).contains("登记簿中没有");
        Map<String, Object> otherEnterprise = application("RENEWAL", NUMBER, "2025-12-01T09:00:00+08:00");
        otherEnterprise.put("enterpriseCreditCode", "913704057060000006");
        assertThat(LicenceRenewal.check(otherEnterprise, REGISTER)).contains("不属于该企业");
        Map<String, Object> otherType = application("RENEWAL", NUMBER, "2025-12-01T09:00:00+08:00");
        otherType.put("licenceType", "NON_COAL_MINE");
        assertThat(LicenceRenewal.check(otherType, REGISTER)).contains("与申请的许可类别不符");
        assertThat(LicenceRenewal.check(application("RENEWAL", NUMBER, "2025-12-01T09:00:00+08:00"),
                number -> Optional.of(licence("REVOKED")))).isEqualTo("许可证 " + NUMBER + " 已吊销，不能延续");
    }

    private static Map<String, Object> application(String type, String number, String receivedAt) {
        Map<String, Object> values = new HashMap<>();
        values.put("applicationType", type);
        values.put("enterpriseCreditCode", "91370405MA3C000019");
        values.put("licenceType", "HAZARDOUS_CHEMICALS_PRODUCTION");
        values.put("receivedAt", Date.from(OffsetDateTime.parse(receivedAt).toInstant()));
        if (number != null) {
            values.put("licenceNumber", number);
        }
        return values;
    }

    private static Licence licence(String status) {
        return new Licence(NUMBER, "HAZARDOUS_CHEMICALS_PRODUCTION", "危险化学品生产企业安全生产许可证", "91370405MA3C000019",
                "台儿庄某化工有限公司", "370405", LocalDate.parse("2023-01-15"), LocalDate.parse("2026-01-14"), status,
                LicenceRegister.STATUS_NAMES.get(status), List.of());
    }
}
