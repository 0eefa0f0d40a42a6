package org.safetyflow.audit;

/** What verify answers about a case's seal as a whole. */
enum SealStatus {

    INTACT("完整：全部事件均已封存，未发现篡改"),
    TAMPERED("发现篡改：案卷在封存后被改动"),
    NOT_YET_SEALED("尚未封存完毕：有事件等待封存（通常在数秒内完成），已封存部分未发现篡改");

    private final String text;

    SealStatus(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }
}
