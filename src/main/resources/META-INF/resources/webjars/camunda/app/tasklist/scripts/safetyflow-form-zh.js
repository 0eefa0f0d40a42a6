/*
 * SafetyFlow: Camunda Forms (form-js) in Tasklist 7.24 have their own built-in English messages,
 * outside Tasklist's locale files. When the user's language is Chinese, this script rewrites them
 * in place as form-js renders them: validation errors, and the placeholders of selects, searches and
 * date and time fields.
 * Loaded through `customScripts` in config.js.
 */
const chinese = (navigator.languages || [navigator.language]).some(lang => /^zh\b/i.test(lang));

const MESSAGES = [
  [/^Field is required\.$/, () => '此项为必填项。'],
  [/^Field must have minimum length of (\d+)\.$/, m => `长度不能少于 ${m[1]} 个字符。`],
  [/^Field must have maximum length of (\d+)\.$/, m => `长度不能超过 ${m[1]} 个字符。`],
  [/^Field must match pattern (.*)\.$/, () => '格式不正确，请按说明填写。'],
  [/^Field must have minimum value of (.*)\.$/, m => `不能小于 ${m[1]}。`],
  [/^Field must have maximum value of (.*)\.$/, m => `不能大于 ${m[1]}。`],
  [/^Field must be a valid email\.$/, () => '请输入有效的电子邮箱地址。'],
  [/^Field must be a valid\s+international phone number.*$/, () => '请输入有效的国际格式电话号码（如 +8663212345678）。'],
  [/^Date and time must both be entered\.$/, () => '日期和时间都必须填写。'],
  [/^Date must match pattern .*$/, () => '日期格式不正确。'],
  [/^Date and time must match pattern .*$/, () => '日期时间格式不正确。'],
  [/^Time must match pattern .*$/, () => '时间格式不正确。'],
  [/^Select$/, () => '请选择'],
  [/^Search$/, () => '搜索'],
  [/^No results$/, () => '无匹配结果'],
  [/^No values$/, () => '无可选项'],
  // The date and time fields' format hints, as Chinese browsers write them.
  [/^yyyy\/mm\/dd$/, () => '年/月/日'],
  [/^hh:mm$/, () => '时:分']
];

function translate(text) {
  const trimmed = text.trim();
  for (const [pattern, replacement] of MESSAGES) {
    const match = trimmed.match(pattern);
    if (match) {
      return replacement(match);
    }
  }
  return null;
}

function translateWithin(root) {
  if (!(root instanceof Element) || !root.closest('.fjs-container') && !root.querySelector('.fjs-container')) {
    return;
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const translated = translate(node.nodeValue);
    if (translated !== null) {
      node.nodeValue = translated;
    }
  }
  root.querySelectorAll('input[placeholder]').forEach(input => {
    const translated = translate(input.getAttribute('placeholder'));
    if (translated !== null) {
      input.setAttribute('placeholder', translated);
    }
  });
}

if (chinese) {
  new MutationObserver(mutations => {
    for (const mutation of mutations) {
      const target = mutation.type === 'characterData' ? mutation.target.parentElement : mutation.target;
      translateWithin(target);
    }
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
}

export default {};
