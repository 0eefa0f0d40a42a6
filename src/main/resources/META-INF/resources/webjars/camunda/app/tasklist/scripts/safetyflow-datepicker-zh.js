/*
 * SafetyFlow: Chinese calendars start the week on Monday (周一); Tasklist's two date pickers start it
 * on Sunday. When the user's language is Chinese, this script makes both Monday-first:
 * - Camunda Forms' (form-js) picker is flatpickr, bundled in Camunda 7.24's lib/deps.js with English
 *   names; form-js gives it no locale. flatpickr publishes itself as `window.flatpickr`, and each picker
 *   takes its texts from `flatpickr.l10ns.default` when it is created: that default becomes Chinese.
 * - The picker of a task's due and follow-up dates is AngularJS UI Bootstrap's, which reads its first
 *   day from the `uibDatepickerConfig` constant whenever one opens (its Chinese texts: safetyflow-dates-zh).
 * Loaded through `customScripts` in config.js.
 */
const chinese = (navigator.languages || [navigator.language]).some(lang => /^zh\b/i.test(lang));

const ZH = {
  weekdays: {
    shorthand: ['日', '一', '二', '三', '四', '五', '六'],
    longhand: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六']
  },
  months: {
    shorthand: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
    longhand: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月']
  },
  firstDayOfWeek: 1,
  ordinal: () => '',
  rangeSeparator: ' 至 ',
  weekAbbreviation: '周',
  scrollTitle: '滚动切换',
  toggleTitle: '点击切换 12/24 小时制',
  yearAriaLabel: '年',
  monthAriaLabel: '月',
  hourAriaLabel: '时',
  minuteAriaLabel: '分',
  time_24hr: true
};

function localize(flatpickr) {
  flatpickr.localize(ZH);
  // The days' accessible names ("November 1, 2026" by default).
  flatpickr.setDefaults({ ariaDateFormat: 'Y年n月j日' });
}

/** Once Tasklist has started AngularJS: its date picker's weeks start on Monday. */
function uibMondayFirst() {
  const element = window.angular && document.querySelector('.ng-scope');
  const injector = element && window.angular.element(element).injector();
  if (!injector || !injector.has('uibDatepickerConfig')) {
    return false;
  }
  injector.get('uibDatepickerConfig').startingDay = 1;
  return true;
}

if (chinese) {
  if (!uibMondayFirst()) {
    const waiting = new MutationObserver(() => uibMondayFirst() && waiting.disconnect());
    waiting.observe(document.body, { childList: true, subtree: true });
  }
  if (window.flatpickr) {
    localize(window.flatpickr);
  } else {
    // Not loaded yet: localize it the moment deps.js publishes it.
    Object.defineProperty(window, 'flatpickr', {
      configurable: true,
      set(flatpickr) {
        Object.defineProperty(window, 'flatpickr', { configurable: true, writable: true, value: flatpickr });
        localize(flatpickr);
      }
    });
  }
}

export default {};
