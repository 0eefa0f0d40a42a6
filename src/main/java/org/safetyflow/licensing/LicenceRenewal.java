package org.safetyflow.licensing;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.safetyflow.calendar.CalendarDays;

/**
 * Whether an application may be a 延续 (contract §9; 安全生产许可证条例第九条): it names a licence in the
 * register, of the same enterprise and type, neither 吊销 nor 注销, and not expired on the day the
 * application was received — an expired licence is applied for anew. Returns null when it may, else the
 * Chinese reason.
 */
final class LicenceRenewal {

    private LicenceRenewal() {
    }

    static String check(Map<String, Object> values, Function<String, Optional<Licence>> register) {
        if (!"RENEWAL".equals(values.get("applicationType"))) {
            return null;
        }
        if (!(values.get("licenceNumber") instanceof String number) || number.isBlank()) {
            return "延续申请须填写原「许可证编号」（licenceNumber）";
        }
        Optional<Licence> found = register.apply(number.strip());
        if (found.isEmpty()) {
            return "许可证登记簿中没有编号为 " + number.strip() + " 的许可证";
        }
        Licence licence = found.get();
        if (!licence.enterpriseCreditCode().equals(values.get("enterpriseCreditCode"))) {
            return "许可证 " + licence.licenceNumber() + " 不属于该企业（持证单位：" + licence.enterpriseName() + "）";
        }
        if (!licence.licenceType().equals(values.get("licenceType"))) {
            return "许可证 " + licence.licenceNumber() + " 为" + licence.licenceTypeName() + "，与申请的许可类别不符";
        }
        if ("REVOKED".equals(licence.status()) || "CANCELLED".equals(licence.status())) {
            return "许可证 " + licence.licenceNumber() + " 已" + licence.statusName() + "，不能延续";
        }
        LocalDate received = values.get("receivedAt") instanceof Date moment ? CalendarDays.dayOf(moment) : null;
        if (received != null && received.isAfter(licence.validUntil())) {
            return "许可证 " + licence.licenceNumber() + " 已于 " + licence.validUntil() + " 期满，不能延续，应按新申请（NEW）办理";
        }
        return null;
    }
}
