/*
 * SafetyFlow: Tasklist shows a case's tenant id — its division code, e.g. 370405 — above the task.
 * This script writes the jurisdiction's name beside it (山东省枣庄市台儿庄区（370405）), from the public
 * list of division names. Loaded through `customScripts` in config.js.
 */
let names = null;
fetch('../../../../api/public/jurisdictions', { headers: { Accept: 'application/json' } })
  .then(response => response.ok ? response.json() : {})
  .then(loaded => { names = loaded; nameWithin(document.body); })
  .catch(() => { names = {}; });

function nameWithin(root) {
  if (!names || !(root instanceof Element)) {
    return;
  }
  const tenants = root.matches('.tenant-id') ? [root] : root.querySelectorAll('.tenant-id');
  tenants.forEach(element => element.childNodes.forEach(node => {
    // The text node Angular binds keeps its place: when the task changes, Angular writes the new code
    // into it and this names it again.
    const code = node.nodeType === Node.TEXT_NODE ? node.nodeValue.trim() : '';
    if (/^\d{6}$/.test(code) && names[code]) {
      node.nodeValue = `${names[code]}（${code}）`;
    }
  }));
}

new MutationObserver(mutations => mutations.forEach(mutation => nameWithin(
  mutation.type === 'characterData' ? mutation.target.parentElement : mutation.target)))
  .observe(document.body, { childList: true, subtree: true, characterData: true });

export default {};
