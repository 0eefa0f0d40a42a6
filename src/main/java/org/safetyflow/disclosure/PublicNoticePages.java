package org.safetyflow.disclosure;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.safetyflow.calendar.CalendarDays;
import org.safetyflow.rules.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The public notice board at {@code /public/}: plain HTML in Chinese, no script, readable on any
 * browser and by screen readers; the same published notices as {@code /api/public/notices}.
 */
@RestController
class PublicNoticePages {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    private static final int PAGE_SIZE = 20;

    private final PublicNotices publicNotices;

    PublicNoticePages(PublicNotices publicNotices) {
        this.publicNotices = publicNotices;
    }

    @GetMapping(value = {"/public", "/public/"}, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> board(@RequestParam(required = false) String type, @RequestParam(defaultValue = "1") String page) {
        int pageNumber;
        List<Notice> notices;
        try {
            pageNumber = PublicNotices.page(page);
            notices = publicNotices.list(type, null, pageNumber, PAGE_SIZE + 1);
        } catch (Refusal invalid) {
            return html(HttpStatus.BAD_REQUEST, "请求有误", "<p>" + escape(invalid.getMessage())
                    + "</p><p><a href=\"/public/\">返回公告公示</a></p>");
        }
        StringBuilder content = new StringBuilder();
        content.append("<nav class=\"types\"><a href=\"/public/\"").append(type == null ? " aria-current=\"page\"" : "").append(">全部</a>");
        for (NoticeType each : NoticeType.values()) {
            content.append(" <a href=\"/public/?type=").append(each.name()).append('"')
                    .append(each.name().equals(type) ? " aria-current=\"page\"" : "").append('>')
                    .append(escape(each.displayName())).append("</a>");
        }
        content.append("</nav>");
        if (notices.isEmpty()) {
            content.append("<p class=\"empty\">暂无公告。</p>");
        } else {
            content.append("<ol class=\"notices\">");
            notices.stream().limit(PAGE_SIZE).forEach(notice -> content.append("<li><a href=\"/public/notices/")
                    .append(escape(notice.id())).append("\">").append(escape(notice.title())).append("</a><div class=\"meta\">")
                    .append(escape(notice.type().displayName())).append(" · ").append(escape(orEmpty(publicNotices.jurisdictionName(notice))))
                    .append(" · <time datetime=\"").append(notice.publishedAt()).append("\">").append(CalendarDays.chinese(notice.publishedAt().toLocalDate()))
                    .append("</time></div></li>"));
            content.append("</ol>");
        }
        String typeParameter = type == null ? "" : "type=" + escape(type) + "&amp;";
        content.append("<nav class=\"pages\">");
        if (pageNumber > 1) {
            content.append("<a href=\"/public/?").append(typeParameter).append("page=").append(pageNumber - 1).append("\">上一页</a> ");
        }
        if (notices.size() > PAGE_SIZE) {
            content.append("<a href=\"/public/?").append(typeParameter).append("page=").append(pageNumber + 1).append("\">下一页</a>");
        }
        content.append("</nav>");
        return html(HttpStatus.OK, "公告公示", content.toString());
    }

    @GetMapping(value = "/public/notices/{id}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> notice(@PathVariable String id) {
        Notice notice;
        try {
            notice = publicNotices.find(id);
        } catch (Refusal notFound) {
            return html(HttpStatus.NOT_FOUND, "公告不存在", "<p>该公告不存在或已撤回。</p><p><a href=\"/public/\">返回公告公示</a></p>");
        }
        String content = "<article><h2>" + escape(notice.title()) + "</h2><dl class=\"meta\"><dt>类型</dt><dd>"
                + escape(notice.type().displayName()) + "</dd><dt>发布单位辖区</dt><dd>" + escape(orEmpty(publicNotices.jurisdictionName(notice)))
                + "</dd><dt>案件编号</dt><dd>" + escape(orEmpty(notice.caseNumber())) + "</dd><dt>发布时间</dt><dd><time datetime=\""
                + notice.publishedAt() + "\">" + MOMENT.format(notice.publishedAt()) + "</time></dd></dl><div class=\"body\">"
                + escape(notice.body()) + "</div></article><p><a href=\"/public/\">返回公告公示</a></p>";
        return html(HttpStatus.OK, notice.title(), content);
    }

    private static ResponseEntity<String> html(HttpStatus status, String title, String content) {
        String page = """
                <!DOCTYPE html>
                <html lang="zh-CN">
                <head>
                <meta charset="UTF-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s - SafetyFlow 安全生产公告公示</title>
                <style>
                body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif; margin: 0; color: #222; background: #f6f6f6; }
                header { background: #b5152b; color: #fff; padding: 1rem 1.5rem; }
                header h1 { margin: 0; font-size: 1.4rem; }
                main { max-width: 56rem; margin: 1.5rem auto; background: #fff; padding: 1.5rem; }
                .types a, .pages a { margin-right: .8rem; }
                .types a[aria-current] { font-weight: bold; color: #b5152b; }
                .notices { padding-left: 1.2rem; }
                .notices li { margin: .9rem 0; }
                .meta { color: #666; font-size: .9rem; }
                dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
                dl.meta dd { margin: 0; }
                .body { white-space: pre-wrap; line-height: 1.8; margin-top: 1rem; }
                footer { text-align: center; color: #888; font-size: .8rem; margin-bottom: 2rem; }
                </style>
                </head>
                <body>
                <header><h1>安全生产公告公示</h1></header>
                <main>
                %s
                </main>
                <footer>依据《安全生产法》《生产安全事故报告和调查处理条例》等规定公开。数据接口：<a href="/api/public/notices">/api/public/notices</a></footer>
                </body>
                </html>
                """.formatted(escape(title), content);
        return ResponseEntity.status(status).contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8)).body(page);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private static String orEmpty(String text) {
        return text == null ? "—" : text;
    }
}
