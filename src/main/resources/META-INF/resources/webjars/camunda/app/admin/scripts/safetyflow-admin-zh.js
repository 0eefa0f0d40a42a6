/*
 * SafetyFlow: Admin 7.24 has no setting for two Chinese conventions, so when the user's language is
 * Chinese this script adjusts its pages as they render:
 * - A group's type is a code that Admin shows as it is stored (SYSTEM, WORKFLOW, ENTERPRISE: see
 *   security.Administrators, security.RoleGroups, registry.EnterpriseGroups). Group lists show its
 *   Chinese name; the group forms offer the types by their Chinese names and save the code.
 * - Admin's user forms ask 名 (first name) before 姓 (last name), in fixed templates; Chinese asks the
 *   family name first, so the 姓 field is moved before the 名 field (same inputs, same bindings).
 * - Authorizations show their permissions by the engine's names (READ, TASK_WORK, ...) and the
 *   permission list's 'Select all' in English: they are shown in Chinese (what is saved is unchanged).
 * - A refusal's message is Chinese (security.EngineRoutePolicy), but the metrics and diagnostics pages
 *   put the exception's type before it ("AuthorizationException: 只有…"): the type is left out.
 * Loaded through `customScripts` in config.js.
 */
const chinese = (navigator.languages || [navigator.language]).some(lang => /^zh\b/i.test(lang));

const GROUP_TYPES = { WORKFLOW: '流程角色', SYSTEM: '系统管理', ENTERPRISE: '企业用户' };

/** The engine's permissions (org.camunda.bpm.engine.authorization.*Permissions) that Admin 7.24 offers. */
const PERMISSIONS = {
  ALL: '全部', NONE: '无', ACCESS: '访问', READ: '读取', UPDATE: '更新', CREATE: '创建', DELETE: '删除', SET: '设置',
  READ_TASK: '读取任务', UPDATE_TASK: '更新任务', TASK_WORK: '办理任务', TASK_ASSIGN: '分配任务',
  CREATE_INSTANCE: '创建实例', READ_INSTANCE: '读取实例', UPDATE_INSTANCE: '更新实例', DELETE_INSTANCE: '删除实例',
  MIGRATE_INSTANCE: '迁移实例', SUSPEND: '挂起', SUSPEND_INSTANCE: '挂起实例', RETRY_JOB: '重试作业',
  READ_HISTORY: '读取历史', UPDATE_HISTORY: '更新历史', DELETE_HISTORY: '删除历史',
  READ_VARIABLE: '读取变量', UPDATE_VARIABLE: '更新变量', READ_INSTANCE_VARIABLE: '读取实例变量',
  UPDATE_INSTANCE_VARIABLE: '更新实例变量', READ_TASK_VARIABLE: '读取任务变量', UPDATE_TASK_VARIABLE: '更新任务变量',
  READ_HISTORY_VARIABLE: '读取历史变量',
  CREATE_BATCH_MIGRATE_PROCESS_INSTANCES: '批量迁移流程实例', CREATE_BATCH_MODIFY_PROCESS_INSTANCES: '批量修改流程实例',
  CREATE_BATCH_RESTART_PROCESS_INSTANCES: '批量重启流程实例',
  CREATE_BATCH_DELETE_RUNNING_PROCESS_INSTANCES: '批量删除运行中的流程实例',
  CREATE_BATCH_DELETE_FINISHED_PROCESS_INSTANCES: '批量删除已结束的流程实例',
  CREATE_BATCH_DELETE_DECISION_INSTANCES: '批量删除决策实例', CREATE_BATCH_SET_JOB_RETRIES: '批量设置作业重试次数',
  CREATE_BATCH_SET_EXTERNAL_TASK_RETRIES: '批量设置外部任务重试次数', CREATE_BATCH_SET_REMOVAL_TIME: '批量设置移除时间',
  CREATE_BATCH_UPDATE_PROCESS_INSTANCES_SUSPEND: '批量挂起或激活流程实例', CREATE_BATCH_SET_VARIABLES: '批量设置变量'
};
const SELECTION = { 'Select all': '全选', 'Unselect all': '全不选' };

/** The root itself, if it matches, and its descendants that match. */
function within(root, selector) {
  return [...(root.matches(selector) ? [root] : []), ...root.querySelectorAll(selector)];
}

/** Group lists (all groups, a user's groups): the type's Chinese name. */
function nameGroupTypes(root) {
  within(root, 'td.group-type').forEach(cell => cell.childNodes.forEach(node => {
    const code = node.nodeType === Node.TEXT_NODE ? node.nodeValue.trim() : '';
    if (GROUP_TYPES[code]) {
      node.nodeValue = GROUP_TYPES[code];
    }
  }));
}

/**
 * Group forms (new group, edit group): the type chosen by its Chinese name from a list that stands in
 * for the text field. The field stays, hidden, bound to the group: the list writes the chosen code
 * into it, and shows whatever code Admin loads into it (a type of its own is offered as it is).
 */
function chooseGroupType(root) {
  within(root, 'input[name="groupType"]:not(.sf-chosen)').forEach(input => {
    const model = window.angular && window.angular.element(input).controller('ngModel');
    if (!model) {
      if (input.isConnected) {
        setTimeout(() => chooseGroupType(input), 100); // AngularJS has not bound the field yet
      }
      return;
    }
    input.classList.add('sf-chosen');
    input.style.display = 'none';
    const select = document.createElement('select');
    select.className = 'form-control';
    select.append(new Option('（无）', ''));
    Object.entries(GROUP_TYPES).forEach(([code, name]) => select.append(new Option(name, code)));
    const show = code => {
      if (code && ![...select.options].some(option => option.value === code)) {
        select.append(new Option(code, code));
      }
      select.value = code || '';
    };
    show(input.value);
    model.$formatters.push(code => {
      show(code);
      return code;
    });
    select.addEventListener('change', () => {
      input.value = select.value;
      input.dispatchEvent(new Event('input'));
    });
    input.after(select);
  });
}

/** Authorizations: the permissions column, and the list to choose them from while editing. */
function namePermissions(root) {
  const inside = root.closest('td.permissions');
  (inside ? [inside] : within(root, 'td.permissions')).forEach(cell => {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.nodeValue.trim();
      const named = SELECTION[text] || text.replace(/\b[A-Z][A-Z_]*[A-Z]\b/g, code => PERMISSIONS[code] || code).replace(/, /g, '、');
      if (named !== text) {
        node.nodeValue = node.nodeValue.replace(text, named);
      }
    }
  });
}

/** "获取执行指标数据失败：AuthorizationException: 只有…" → "获取执行指标数据失败：只有…" (Chinese messages only). */
const EXCEPTION_TYPE = /\b[A-Z]\w*Exception: (?=[^\x00-\x7F])/;

function dropExceptionTypes(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (EXCEPTION_TYPE.test(node.nodeValue)) {
      node.nodeValue = node.nodeValue.replace(EXCEPTION_TYPE, '');
    }
  }
}

/** User forms (new user, profile, first-time setup): 姓 before 名. */
function familyNameFirst(root) {
  within(root, 'form').forEach(form => {
    const first = form.querySelector('#inputFirstname');
    const last = form.querySelector('#inputLastname');
    const firstGroup = first && first.closest('.form-group');
    const lastGroup = last && last.closest('.form-group');
    if (firstGroup && lastGroup && firstGroup.parentNode === lastGroup.parentNode
        && firstGroup.compareDocumentPosition(lastGroup) & Node.DOCUMENT_POSITION_FOLLOWING) {
      firstGroup.before(lastGroup);
    }
  });
}

function adjustWithin(root) {
  if (!(root instanceof Element)) {
    return;
  }
  nameGroupTypes(root);
  chooseGroupType(root);
  namePermissions(root);
  dropExceptionTypes(root);
  familyNameFirst(root);
}

if (chinese) {
  adjustWithin(document.body);
  new MutationObserver(mutations => {
    for (const mutation of mutations) {
      adjustWithin(mutation.type === 'characterData' ? mutation.target.parentElement : mutation.target);
    }
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
}

export default {};
