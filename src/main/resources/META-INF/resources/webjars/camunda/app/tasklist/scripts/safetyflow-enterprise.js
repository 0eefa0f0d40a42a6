/*
 * SafetyFlow: the task's header names the case — its number and the enterprise it concerns — under the process name
 * (Tasklist shows them only on the list's cards). Read from the task's variables with the Tasklist session. Loaded
 * through `customScripts` in config.js.
 */
const ENGINE = new URL('../../../../camunda/api/engine/engine/default/', document.baseURI).toString();
let shownFor = null;

function taskIdInAddress() {
  const match = /[?&]task=([^&]+)/.exec(window.location.hash);
  return match ? decodeURIComponent(match[1]) : null;
}

async function variable(taskId, name) {
  const response = await fetch(ENGINE + 'task/' + encodeURIComponent(taskId) + '/variables/' + name + '?deserializeValue=false',
    { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  return response.ok ? (await response.json()).value : null;
}

async function nameTheCase() {
  const names = document.querySelector('.task-card .names .definition-name');
  const taskId = taskIdInAddress();
  if (!names || !taskId || (shownFor === taskId && names.querySelector('.sf-case-line'))) {
    return;
  }
  shownFor = taskId;
  const [caseNumber, enterprise] = await Promise.all([variable(taskId, 'caseNumber'), variable(taskId, 'enterpriseName')]);
  if (taskIdInAddress() !== taskId) {
    return;
  }
  names.querySelectorAll('.sf-case-line').forEach(line => line.remove());
  const parts = [];
  if (enterprise) {
    parts.push('企业：' + enterprise);
  }
  if (caseNumber) {
    parts.push('案件编号：' + caseNumber);
  }
  if (parts.length) {
    const line = document.createElement('div');
    line.className = 'sf-case-line';
    line.textContent = parts.join(' · ');
    names.append(line);
  }
}

new MutationObserver(() => { nameTheCase(); }).observe(document.body, { childList: true, subtree: true });
window.addEventListener('hashchange', () => { shownFor = null; nameTheCase(); });

export default [];
