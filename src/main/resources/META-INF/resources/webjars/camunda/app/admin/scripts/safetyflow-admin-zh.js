/*
 * SafetyFlow: Admin 7.24 has no setting for two Chinese conventions, so when the user's language is
 * Chinese this script adjusts its pages as they render:
 * - A group's type is a code that Admin shows as it is stored (SYSTEM, WORKFLOW, ENTERPRISE: see
 *   security.Administrators, security.RoleGroups, registry.EnterpriseGroups). Group lists show its
 *   Chinese name; the group forms offer the types by their Chinese names and save the code.
 * - Admin's user forms ask 名 (first name) before 姓 (last name), in fixed templates; Chinese asks the
 *   family name first, so the 姓 field is moved before the 名 field (same inputs, same bindings).
 * Loaded through `customScripts` in config.js.
 */
const chinese = (navigator.languages || [navigator.language]).some(lang => /^zh\b/i.test(lang));

const GROUP_TYPES = { WORKFLOW: '流程角色', SYSTEM: '系统管理', ENTERPRISE: '企业用户' };

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
