/*
 * SafetyFlow: the approver's operations in Tasklist (docs/inbox.md), as Tasklist plugins loaded through
 * `customScripts` in config.js:
 *  - a 「办理操作」 tab on every task (plugin point tasklist.task.detail): 转办, 委派, 归还, 退回, 加签, 催办, 抄送, each
 *    asking for its reason in Chinese with the standard 审批意见 phrases, as the caller may perform them now
 *    (GET /api/tasks/{id}/operations); the task's added signers and whom its case was sent to, with read receipts;
 *  - a 「通知」 bell in the header (tasklist.navbar.action): the caller's notifications, and the tasks it completed
 *    lately with 撤回.
 * They call SafetyFlow's API with the Tasklist session; a change carries the session's CSRF token.
 */
const API = new URL('../../../../api/', document.baseURI).toString();

const LABELS = {
  transfer: '转办', delegate: '委派', resolve: '归还', return: '退回', countersign: '加签', urge: '催办', cc: '抄送'
};

function csrfToken(api) {
  if (api && api.CSRFToken) {
    return api.CSRFToken;
  }
  const cookie = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

async function call(method, path, body, api) {
  const response = await fetch(API + path, {
    method,
    credentials: 'same-origin',
    headers: { 'Accept': 'application/json', 'Content-Type': 'application/json', 'X-XSRF-TOKEN': csrfToken(api) },
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (!response.ok) {
    throw new Error((json && (json.error || json.message)) || ('请求失败（HTTP ' + response.status + '）'));
  }
  return json;
}

function element(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (name === 'onclick' || name === 'onsubmit' || name === 'onchange') {
      node[name] = value;
    } else if (value !== undefined && value !== null && value !== false) {
      node.setAttribute(name, value === true ? '' : value);
    }
  });
  children.flat().forEach(child => node.append(child instanceof Node ? child : document.createTextNode(String(child))));
  return node;
}

function time(text) {
  return text ? text.replace('T', ' ').substring(0, 16) : '';
}

/* A reason field: a textarea and, where the bureau configured some, a select of standard phrases that fills it. */
function reasonField(label, name, phrases, required) {
  const area = element('textarea', { class: 'form-control', name, rows: 3, required, placeholder: required ? '必填' : '选填' });
  const group = element('div', { class: 'form-group' }, element('label', {}, label + (required ? '（必填）' : '')));
  if (phrases && phrases.length) {
    const select = element('select', { class: 'form-control sf-phrases', 'aria-label': '常用意见' },
      element('option', { value: '' }, '常用意见……'), phrases.map(p => element('option', { value: p }, p)));
    select.onchange = () => { if (select.value) { area.value = select.value; } };
    group.append(select);
  }
  group.append(area);
  return group;
}

function textField(label, name, placeholder, required) {
  return element('div', { class: 'form-group' }, element('label', {}, label + (required ? '（必填）' : '')),
    element('input', { class: 'form-control', name, placeholder, required }));
}

function users(text) {
  return text.split(/[、,，;；\s]+/).map(u => u.trim()).filter(u => u);
}

/* The form of one operation: its fields, and the request it sends. */
function operationForm(operation, panel) {
  const phrases = panel.phrases || {};
  switch (operation) {
    case 'transfer':
    case 'delegate':
      return {
        fields: [textField(operation === 'transfer' ? '转办给（用户名）' : '委派给（用户名）', 'userId', '例如 taierzhuang', true),
          reasonField(operation === 'transfer' ? '转办理由' : '委派事由', 'reason', phrases.approve, true)],
        body: form => ({ userId: form.userId.value.trim(), reason: form.reason.value })
      };
    case 'resolve':
      return { fields: [reasonField('办理意见', 'reason', phrases.approve, false)], body: form => ({ reason: form.reason.value }) };
    case 'return':
      return {
        fields: [element('div', { class: 'form-group' }, element('label', {}, '退回至'),
          element('select', { class: 'form-control', name: 'activityId', required: true },
            panel.returnTargets.map(t => element('option', { value: t.activityId },
              t.name + (t.assignee ? '（上次办理：' + t.assignee + '，' + time(t.completed) + '）' : ''))))),
          reasonField('退回理由', 'reason', phrases.return, true)],
        body: form => ({ activityId: form.activityId.value, reason: form.reason.value })
      };
    case 'countersign':
      return {
        fields: [textField('加签人（用户名，多人用顿号分隔）', 'userIds', '例如 taierzhuang、zaozhuang', true),
          element('div', { class: 'form-group' }, element('label', {}, '加签方式'),
            element('select', { class: 'form-control', name: 'mode' },
              element('option', { value: 'BEFORE' }, '前加签：请加签人先会签，再由我办结'),
              element('option', { value: 'AFTER' }, '后加签：我先提出意见，再请加签人会签'))),
          reasonField('说明或本人意见（后加签必填）', 'reason', phrases.approve, false)],
        body: form => ({ userIds: users(form.userIds.value), mode: form.mode.value, reason: form.reason.value })
      };
    case 'urge':
      return { fields: [reasonField('催办内容', 'message', phrases.urge, false)], body: form => ({ message: form.message.value }) };
    default:
      return {
        fields: [textField('抄送给（用户名，多人用顿号分隔）', 'userIds', '例如 zaozhuang', true), reasonField('说明', 'reason', [], false)],
        body: form => ({ userIds: users(form.userIds.value), reason: form.reason.value })
      };
  }
}

function renderPanel(node, panel, api) {
  const message = element('div', { class: 'sf-message', role: 'status' });
  const formArea = element('div', { class: 'sf-form-area' });
  const state = panel.delegated ? '委派中：受托人 ' + panel.assignee + '，委托人 ' + panel.owner
    : panel.assignee ? '当前办理人：' + panel.assignee : '尚未认领';
  const allowed = Object.keys(LABELS).filter(op => panel.may[op]);
  const buttons = element('div', { class: 'sf-buttons' }, allowed.map(op => element('button', {
    type: 'button', class: 'btn btn-default sf-op', 'data-operation': op,
    onclick: () => open(op)
  }, LABELS[op])));

  function open(operation) {
    const spec = operationForm(operation, panel);
    const form = element('form', { class: 'sf-form', 'data-operation': operation }, spec.fields,
      element('button', { type: 'submit', class: 'btn btn-primary' }, '确认' + LABELS[operation]),
      element('button', { type: 'button', class: 'btn btn-link', onclick: () => formArea.replaceChildren() }, '取消'));
    form.onsubmit = async event => {
      event.preventDefault();
      message.className = 'sf-message';
      message.textContent = '正在提交……';
      try {
        await call('POST', 'tasks/' + panel.taskId + '/' + operation, spec.body(form), api);
        message.className = 'sf-message text-success';
        message.textContent = '已' + LABELS[operation] + '。';
        formArea.replaceChildren();
        setTimeout(() => window.location.reload(), 1200);
      } catch (error) {
        message.className = 'sf-message text-danger';
        message.textContent = error.message;
      }
    };
    formArea.replaceChildren(element('h4', {}, LABELS[operation] + '「' + panel.name + '」'), form);
  }

  const signers = panel.signers.length ? element('div', { class: 'sf-signers' }, element('h4', {}, '加签人'),
    element('ul', {}, panel.signers.map(s => element('li', {}, s.userId + '：' + (s.signed ? '已会签' + (s.opinion ? '（' + s.opinion + '）' : '') : '未会签'))))) : '';
  const copies = panel.copies.length ? element('div', { class: 'sf-copies' }, element('h4', {}, '抄送'),
    element('ul', {}, panel.copies.map(c => element('li', {}, c.userId + '：' + time(c.sent) + ' 由 ' + c.sentBy + ' 抄送，'
      + (c.read ? time(c.read) + ' 已读' : '未读'))))) : '';
  node.replaceChildren(element('div', { class: 'sf-operations' },
    element('p', { class: 'sf-state' }, (panel.caseNumber ? '案件 ' + panel.caseNumber + ' · ' : '') + state),
    panel.rule ? element('p', { class: 'sf-rule' }, '会签规则：' + panel.rule) : '',
    allowed.length ? buttons : element('p', { class: 'text-muted' }, '您对此任务暂无可执行的操作。'),
    formArea, message, signers, copies));
}

const taskOperations = {
  id: 'safetyflow.task.operations',
  pluginPoint: 'tasklist.task.detail',
  priority: 50,
  properties: { label: '办理操作' },
  render: (node, { taskId, api }) => {
    node.replaceChildren(element('p', { class: 'text-muted' }, '正在加载……'));
    call('GET', 'tasks/' + taskId + '/operations', undefined, api)
      .then(panel => renderPanel(node, panel, api))
      .catch(error => node.replaceChildren(element('p', { class: 'text-danger' }, error.message)));
  }
};

function renderBell(node, api) {
  const badge = element('span', { class: 'badge sf-unread' }, '');
  const button = element('button', { type: 'button', class: 'btn btn-default navbar-btn sf-bell', title: '通知', 'aria-label': '通知' }, '通知 ', badge);
  const menu = element('div', { class: 'sf-bell-menu', hidden: true });
  node.replaceChildren(element('div', { class: 'sf-bell-wrapper' }, button, menu));

  async function refresh() {
    try {
      const notes = await call('GET', 'notifications?size=1', undefined, api);
      badge.textContent = notes.unread > 0 ? String(notes.unread) : '';
    } catch (error) {
      badge.textContent = '';
    }
  }

  async function show() {
    menu.replaceChildren(element('p', { class: 'text-muted' }, '正在加载……'));
    try {
      const [notes, done, copies] = await Promise.all([call('GET', 'notifications?size=10', undefined, api),
        call('GET', 'inbox?view=done&size=5', undefined, api), call('GET', 'inbox?view=cc&size=5', undefined, api)]);
      const list = notes.items.length ? element('ul', { class: 'sf-notes' }, notes.items.map(n => element('li', { class: n.read ? 'sf-read' : 'sf-unread-item' },
        element('strong', {}, n.title), element('div', {}, n.body || ''), element('small', { class: 'text-muted' }, time(n.created) + (n.caseNumber ? ' · ' + n.caseNumber : '')),
        n.read ? '' : element('button', { type: 'button', class: 'btn btn-link btn-xs', onclick: async () => {
          await call('POST', 'notifications/' + n.id + '/read', undefined, api);
          show();
          refresh();
        } }, '标为已读'),
        n.taskId ? element('a', { class: 'btn btn-link btn-xs', href: '#/?task=' + n.taskId, onclick: () => { menu.hidden = true; } }, '查看任务') : ''))) : element('p', { class: 'text-muted' }, '暂无通知');
      const recalls = element('ul', { class: 'sf-done' }, done.items.map(t => element('li', {},
        t.name + (t.caseNumber ? '（' + t.caseNumber + '）' : '') + ' ' + time(t.completed) + ' ',
        element('button', { type: 'button', class: 'btn btn-link btn-xs sf-recall', onclick: async event => {
          const line = event.target.closest('li');
          try {
            await call('POST', 'tasks/' + t.taskId + '/recall', {}, api);
            line.append(element('span', { class: 'text-success' }, ' 已撤回'));
            setTimeout(() => window.location.reload(), 1200);
          } catch (error) {
            line.append(element('span', { class: 'text-danger' }, ' ' + error.message));
          }
        } }, '撤回'))));
      const received = element('ul', { class: 'sf-cc' }, copies.items.map(c => element('li', {},
        (c.caseNumber ? c.caseNumber + ' ' : '') + '「' + c.name + '」 ' + c.sentBy + ' 抄送于 ' + time(c.sent) + (c.read ? '' : '（未读）'))));
      const settings = element('button', { type: 'button', class: 'btn btn-link btn-xs sf-settings', onclick: () => preferences() }, '通知方式……');
      menu.replaceChildren(element('h4', {}, '通知 ', settings), list, element('h4', {}, '我已办（下一环节未开始办理前可撤回）'),
        done.items.length ? recalls : element('p', { class: 'text-muted' }, '暂无'), element('h4', {}, '抄送我的'),
        copies.items.length ? received : element('p', { class: 'text-muted' }, '暂无'));
    } catch (error) {
      menu.replaceChildren(element('p', { class: 'text-danger' }, error.message));
    }
  }

  /* How the user is told of each kind: in the app always; by mail, by SMS (PUT /api/notifications/preferences). */
  async function preferences() {
    const names = { ASSIGNED: '新任务、转办、委派、退回', URGED: '催办', CC: '抄送', DUE_SOON: '即将超期', OVERDUE: '已超期' };
    try {
      const current = await call('GET', 'notifications/preferences', undefined, api);
      const message = element('div', { class: 'sf-message', role: 'status' });
      const rows = Object.keys(names).map(kind => element('tr', {}, element('td', {}, names[kind]),
        element('td', {}, element('input', { type: 'checkbox', name: kind + '.mail', checked: current.kinds[kind].mail, disabled: !current.email })),
        element('td', {}, element('input', { type: 'checkbox', name: kind + '.sms', checked: current.kinds[kind].sms }))));
      const form = element('form', { class: 'sf-preferences' },
        element('p', { class: 'text-muted' }, '站内通知始终开启。邮件发往 ' + (current.email || '（账户未填写电子邮箱，请联系管理员）') + '。'),
        element('div', { class: 'form-group' }, element('label', {}, '手机号码（短信）'),
          element('input', { class: 'form-control', name: 'mobile', value: current.mobile || '', placeholder: '11 位手机号码' })),
        element('table', { class: 'table table-condensed' }, element('tr', {}, element('th', {}, '通知'), element('th', {}, '邮件'), element('th', {}, '短信')), rows),
        element('button', { type: 'submit', class: 'btn btn-primary btn-sm' }, '保存'), message);
      form.onsubmit = async event => {
        event.preventDefault();
        const kinds = {};
        Object.keys(names).forEach(kind => { kinds[kind] = { mail: form[kind + '.mail'].checked, sms: form[kind + '.sms'].checked }; });
        try {
          await call('PUT', 'notifications/preferences', { mobile: form.mobile.value.trim() || null, kinds }, api);
          message.className = 'sf-message text-success';
          message.textContent = '已保存。';
        } catch (error) {
          message.className = 'sf-message text-danger';
          message.textContent = error.message;
        }
      };
      menu.replaceChildren(element('h4', {}, '通知方式'), form);
    } catch (error) {
      menu.replaceChildren(element('p', { class: 'text-danger' }, error.message));
    }
  }

  button.onclick = () => {
    menu.hidden = !menu.hidden;
    if (!menu.hidden) {
      show();
    }
  };
  // Closed by a click elsewhere and when Tasklist shows another task or list.
  document.addEventListener('click', event => {
    if (!node.contains(event.target)) {
      menu.hidden = true;
    }
  });
  window.addEventListener('hashchange', () => { menu.hidden = true; });
  refresh();
  setInterval(refresh, 60000);
}

const bell = {
  id: 'safetyflow.notifications',
  pluginPoint: 'tasklist.navbar.action',
  priority: 100,
  render: (node, { api } = {}) => renderBell(node, api)
};

export default [taskOperations, bell];
