/*
 * SafetyFlow: after 启动流程 Tasklist only says 「流程已启动。」. The case number SafetyFlow gave the new
 * case is in the start's answer; this script keeps it and adds it to that message, so that whoever
 * filed a report can quote its number. Loaded through `customScripts` in config.js.
 */
let lastCaseNumber = null;

const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  if (/\/process-definition\/[^/]+\/submit-form$|\/process-definition\/key\/[^/]+\/(?:tenant-id\/[^/]+\/)?submit-form$/.test(url)) {
    this.addEventListener('load', () => {
      try {
        const started = JSON.parse(this.responseText);
        lastCaseNumber = started && started.businessKey ? started.businessKey : null;
      } catch (notJson) {
        lastCaseNumber = null;
      }
    });
  }
  return open.call(this, method, url, ...rest);
};

function addCaseNumber(root) {
  if (!lastCaseNumber || !(root instanceof Element)) {
    return;
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeValue.trim() === '流程已启动。') {
      node.nodeValue = `流程已启动，案件编号 ${lastCaseNumber}。`;
    } else if (node.nodeValue.trim() === 'The process has been started.') {
      node.nodeValue = `The process has been started: case ${lastCaseNumber}.`;
    }
  }
}

new MutationObserver(mutations => mutations.forEach(mutation => addCaseNumber(mutation.target)))
  .observe(document.body, { childList: true, subtree: true });

export default {};
