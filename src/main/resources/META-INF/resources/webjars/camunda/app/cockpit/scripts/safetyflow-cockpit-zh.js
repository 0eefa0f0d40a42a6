/*
 * SafetyFlow: a few texts of Cockpit 7.24 are written into its templates in English instead of being
 * taken from the locale files (the variables table's "Actions" column, the diagram's zoom buttons, a
 * dashboard section's toggle, ...). When the user's language is Chinese, this script rewrites them in
 * place as Cockpit renders them. Each text is only rewritten where Cockpit shows it, so that data that
 * happens to read the same (a variable's value "Download") stays as it is.
 * Loaded through `customScripts` in config.js.
 */
const chinese = (navigator.languages || [navigator.language]).some(lang => /^zh\b/i.test(lang));

/** [where the text appears (CSS selector of an ancestor), English text, Chinese text]. */
const TEXTS = [
  ['thead .actions', 'Actions', '操作'],
  ['.null-value', 'null', '无'],
  ['td', 'Upload', '上传'],
  ['td', 'Download', '下载'],
  ['td', 'Message is null.', '消息为空。'],
  ['.loading-text', 'Loading diagram', '正在加载流程图'],
  ['.invalid', 'Invalid Date Value.', '日期值无效。'],
  ['.tooltip-inner', 'Toggle this section', '展开/收起此栏'],
  ['.tooltip-inner', 'Suspended Job Definition', '作业定义已挂起'],
  ['body', 'This process definition has no job definitions associated with. The job priority cannot be overridden.',
    '此流程定义没有作业定义，无法覆盖作业优先级。']
];

/** Hover texts (the title attribute) of buttons and checkboxes. */
const TITLES = { 'zoom in': '放大', 'zoom out': '缩小', 'reset zoom': '重置缩放', 'Select all': '全选' };

function translateText(node) {
  const text = node.nodeValue.trim();
  const entry = text && TEXTS.find(([where, english]) => english === text && node.parentElement.closest(where));
  if (entry) {
    node.nodeValue = node.nodeValue.replace(text, entry[2]);
  }
}

function translateWithin(root) {
  if (!(root instanceof Element)) {
    return;
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    translateText(node);
  }
  [root, ...root.querySelectorAll('[title]')].forEach(element => {
    const title = element.getAttribute('title');
    if (title && TITLES[title]) {
      element.setAttribute('title', TITLES[title]);
    }
  });
}

if (chinese) {
  translateWithin(document.body);
  new MutationObserver(mutations => {
    for (const mutation of mutations) {
      const target = mutation.type === 'characterData' ? mutation.target.parentElement : mutation.target;
      translateWithin(target);
    }
  }).observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['title'] });
}

export default {};
