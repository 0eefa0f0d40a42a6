/*
 * SafetyFlow: the welcome page's profile form asks 名 (first name) before 姓 (last name) and shows
 * English sample values (Jonny Prosciutto) in empty fields, in a fixed template. When the user's
 * language is Chinese, this script moves the 姓 field before the 名 field (same inputs, same bindings)
 * and gives Chinese samples, as Admin's user forms do (admin/scripts/safetyflow-admin-zh.js).
 * Loaded through `customScripts` in config.js.
 */
const chinese = (navigator.languages || [navigator.language]).some(lang => /^zh\b/i.test(lang));

const SAMPLES = { Jonny: '三', Prosciutto: '张', 'j.prosciutto@acme.org': 'zhangsan@example.com' };

function adjust() {
  document.querySelectorAll('input[placeholder]').forEach(input => {
    const sample = SAMPLES[input.getAttribute('placeholder')];
    if (sample) {
      input.setAttribute('placeholder', sample);
    }
  });
  const first = document.getElementById('user-profile-firstname');
  const last = document.getElementById('user-profile-lastname');
  const firstGroup = first && first.closest('.form-group');
  const lastGroup = last && last.closest('.form-group');
  if (firstGroup && lastGroup && firstGroup.parentNode === lastGroup.parentNode
      && firstGroup.compareDocumentPosition(lastGroup) & Node.DOCUMENT_POSITION_FOLLOWING) {
    firstGroup.before(lastGroup);
  }
}

if (chinese) {
  adjust();
  new MutationObserver(adjust).observe(document.body, { childList: true, subtree: true });
}

export default {};
