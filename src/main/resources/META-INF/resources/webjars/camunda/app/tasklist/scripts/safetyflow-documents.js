/*
 * SafetyFlow: a 「文书」 tab on every task (plugin point tasklist.task.detail): the case's 文书, each with its 文号 and a
 * print button that opens it as PDF (GET /api/cases/{caseNumber}/documents/{id}/pdf, docs/documents.md), with the
 * Tasklist session; and a link to the dashboard (一张网) in the header. Loaded through `customScripts` in config.js.
 */
const API = new URL('../../../../api/', document.baseURI).toString();
const ENGINE = new URL('../../../../camunda/api/engine/engine/default/', document.baseURI).toString();

function element(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value !== undefined && value !== null && value !== false) {
      node.setAttribute(name, value === true ? '' : value);
    }
  });
  children.flat().forEach(child => node.append(child instanceof Node ? child : document.createTextNode(String(child))));
  return node;
}

async function json(url) {
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  const text = await response.text();
  const body = text ? JSON.parse(text) : null;
  if (!response.ok) {
    throw new Error((body && (body.error || body.message)) || ('请求失败（HTTP ' + response.status + '）'));
  }
  return body;
}

async function render(node, taskId) {
  node.replaceChildren(element('p', { class: 'text-muted' }, '正在加载……'));
  try {
    const caseNumber = (await json(ENGINE + 'task/' + encodeURIComponent(taskId) + '/variables/caseNumber?deserializeValue=false')).value;
    const documents = await json(API + 'cases/' + encodeURIComponent(caseNumber) + '/documents');
    if (!documents.length) {
      node.replaceChildren(element('p', { class: 'text-muted sf-no-documents' }, '本案件尚未制作文书；办结相应环节后，文书列于此处，可打印。'));
      return;
    }
    // Who made each, by name (every role may read users); the user id where the user is gone.
    const names = {};
    await Promise.all([...new Set(documents.map(d => d.createdBy).filter(Boolean))].map(async id => {
      try {
        const profile = await json(ENGINE + 'user/' + encodeURIComponent(id) + '/profile');
        names[id] = ((profile.firstName || '') + (profile.lastName || '')).trim() || id;
      } catch (gone) {
        names[id] = id;
      }
    }));
    const rows = documents.map(d => element('tr', { class: 'sf-document' },
      element('td', {}, d.title),
      element('td', {}, (d.number || '—') + (d.voidedAt ? '（已作废：' + (d.voidReason || '') + '）' : '')),
      element('td', {}, (d.createdAt || '').replace('T', ' ').substring(0, 16)),
      element('td', {}, names[d.createdBy] || d.createdBy || ''),
      element('td', {}, element('a', {
        class: 'btn btn-default btn-xs sf-print', target: '_blank', rel: 'noopener',
        href: API + 'cases/' + encodeURIComponent(caseNumber) + '/documents/' + encodeURIComponent(d.id) + '/pdf'
      }, '打印（PDF）'))));
    node.replaceChildren(element('div', { class: 'sf-documents' },
      element('p', {}, '案件 ' + caseNumber + ' 的文书（按制作先后）：'),
      element('table', { class: 'table table-condensed' },
        element('thead', {}, element('tr', {}, ['文书', '文号', '制作时间', '制作人', ''].map(h => element('th', {}, h)))),
        element('tbody', {}, rows))));
  } catch (error) {
    node.replaceChildren(element('p', { class: 'text-danger' }, error.message));
  }
}

/* The dashboard (一张网, /dashboard/: figures of the official's jurisdictions) from Tasklist's header. */
const dashboard = {
  id: 'safetyflow.dashboard.link',
  pluginPoint: 'tasklist.navbar.action',
  priority: 90,
  render: node => {
    node.replaceChildren(element('a', { class: 'btn btn-default navbar-btn sf-dashboard', href: new URL('../../../../dashboard/', document.baseURI).toString(),
      target: '_blank', rel: 'noopener', title: '安全生产一张网：本辖区统计' }, '一张网'));
  }
};

export default [dashboard, {
  id: 'safetyflow.task.documents',
  pluginPoint: 'tasklist.task.detail',
  priority: 40,
  properties: { label: '文书' },
  render: (node, { taskId }) => { render(node, taskId); }
}];
