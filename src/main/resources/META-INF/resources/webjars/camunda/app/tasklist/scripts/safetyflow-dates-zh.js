/*
 * SafetyFlow: Tasklist writes relative times with moment.js, whose Chinese locale it loads
 * asynchronously — a list rendered before the locale arrives stays in English ("in a month",
 * "5 days ago") until it next refreshes. When the user's language is Chinese, this script puts such
 * texts into Chinese as they render, writes the date picker's and the history's English dates the
 * Chinese way, and shows each absolute due date (the tooltip's) beside the relative one.
 * Loaded through `customScripts` in config.js.
 */
const chinese = (navigator.languages || [navigator.language]).some(lang => /^zh\b/i.test(lang));

const UNITS = { seconds: '秒', minutes: '分钟', hours: '小时', days: '天', months: '个月', years: '年' };
const ONE = { 'a few seconds': '几秒', 'a minute': '1 分钟', 'an hour': '1 小时', 'a day': '1 天', 'a month': '1 个月', 'a year': '1 年' };
const RELATIVE = /\b(in )?(a few seconds|a minute|an hour|a day|a month|a year|(\d+) (seconds|minutes|hours|days|months|years))( ago)?\b/g;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December'];
const MONTH = MONTHS.join('|');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2}) (${MONTH}) (\\d{4})\\b`, 'g');
const MONTH_YEAR = new RegExp(`^\\s*(${MONTH}) (\\d{4})\\s*$`);
const WEEKDAYS = { Sun: '日', Mon: '一', Tue: '二', Wed: '三', Thu: '四', Fri: '五', Sat: '六' };
// A tooltip's "Thursday, 3 December 2026 23:59", once its date is Chinese: 「2026年12月3日 星期四 23:59」.
const WEEKDAY_DATE = /\b(Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day, (\d{4}年\d{1,2}月\d{1,2}日)/g;

function inChinese(text) {
  let result = text.replace(RELATIVE, (all, future, span, n, unit, past) => {
    if (!future && !past) {
      return all;
    }
    const amount = n ? `${n} ${UNITS[unit]}` : ONE[span];
    return amount + (future ? '后' : '前');
  });
  result = result.replace(DAY_MONTH_YEAR, (all, day, month, year) => `${year}年${MONTHS.indexOf(month) + 1}月${day}日`);
  result = result.replace(WEEKDAY_DATE, (all, day, date) => `${date} 星期${WEEKDAYS[day.slice(0, 3)]}`);
  const monthYear = result.match(MONTH_YEAR);
  if (monthYear) {
    result = `${monthYear[2]}年${MONTHS.indexOf(monthYear[1]) + 1}月`;
  }
  if (WEEKDAYS[result.trim()] && result.trim().length === 3) {
    result = WEEKDAYS[result.trim()];
  }
  return result;
}

function translateWithin(root) {
  if (!(root instanceof Element)) {
    return;
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const translated = inChinese(node.nodeValue);
    if (translated !== node.nodeValue) {
      node.nodeValue = translated;
    }
  }
  root.querySelectorAll('[am-time-ago]').forEach(showAbsolute);
  if (root.matches('[am-time-ago]')) {
    showAbsolute(root);
  }
}

const DAY_TIME = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'long', day: 'numeric',
  hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** A due date's moment: from the element's scope where Angular exposes it, else from its tooltip. */
function dueMoment(element) {
  const scope = window.angular && window.angular.element(element).scope();
  const value = scope && scope.$eval(element.getAttribute('am-time-ago'));
  if (value) {
    return DAY_TIME.format(new Date(value)).replace(/\s+/, ' ');
  }
  const tooltip = (element.getAttribute('uib-tooltip') || '').replace(/星期./, '').trim();
  return /年/.test(tooltip) ? tooltip : null;
}

/** 「到期 3 天后（2026年12月3日 23:59）」: a due date shows its absolute moment beside the relative one. */
function showAbsolute(element) {
  if (!/due/i.test(element.getAttribute('am-time-ago') || '')) {
    return;
  }
  const moment = dueMoment(element);
  const shown = element.nextElementSibling && element.nextElementSibling.classList.contains('sf-absolute-date')
    ? element.nextElementSibling : null;
  if (!moment || (shown && shown.textContent === `（${moment}）`)) {
    return;
  }
  const absolute = shown || document.createElement('span');
  absolute.className = 'sf-absolute-date';
  absolute.textContent = `（${moment}）`;
  if (!shown) {
    element.after(absolute);
  }
}

if (chinese) {
  translateWithin(document.body);
  new MutationObserver(mutations => {
    for (const mutation of mutations) {
      const target = mutation.type === 'characterData' ? mutation.target.parentElement : mutation.target;
      translateWithin(target);
    }
  }).observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['uib-tooltip'] });
}

export default {};
