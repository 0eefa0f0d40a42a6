/*
 * SafetyFlow: the task list says what it does — due date first, the most urgent on top. SafetyFlow's shared filters
 * order their tasks by due date (inbox.DefaultTaskFilters; the engine applies a filter's order before the list's), but
 * Tasklist takes the list's sorting only from the page address and, when the address names none, asks for and shows
 * "创建时间 ↓": the header claimed one order while the tasks came in another. When the address names no sorting,
 * this script adds due date ascending, so the header reads 「到期日 ↑」 (tasks without a due date come last). A sorting
 * the user picks is in the address and is kept. Loaded through `customScripts` in config.js.
 */
const DUE_FIRST = encodeURIComponent(JSON.stringify([{ sortBy: 'dueDate', sortOrder: 'asc' }]));

function dueFirst() {
  const hash = window.location.hash;
  // Only the task list's own address (#/ and its parameters), never the login page or another route.
  if (!/^#\/(\?|$)/.test(hash) || /[?&]sorting=/.test(hash)) {
    return;
  }
  window.location.replace(`${window.location.pathname}${window.location.search}${hash}${hash.includes('?') ? '&' : '?'}sorting=${DUE_FIRST}`);
}

window.addEventListener('hashchange', dueFirst);
dueFirst();

export default {};
