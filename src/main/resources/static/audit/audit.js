// SafetyFlow case replay: search case files, draw a case's model with the path it took, and step
// through its timeline. Talks only to /api/audit and /engine-rest with the auditor's credentials.
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);
  let viewer = null;
  let state = { caseNumber: null, events: [], step: 0 };

  const TYPES = {
    CASE_STARTED: '立案', CASE_ENDED: '结案', ACTIVITY_STARTED: '进入环节', ACTIVITY_ENDED: '完成环节', ACTIVITY_CANCELED: '取消环节',
    TASK_CREATED: '生成任务', TASK_COMPLETED: '办结任务', TASK_ASSIGNED: '指定办理人', TASK_UNASSIGNED: '取消办理人', COMMENT: '意见',
    VARIABLE_CREATED: '记录变量', VARIABLE_UPDATED: '修改变量', USER_OPERATION: '操作', DECISION_EVALUATED: '决策',
    TIMER_FIRED: '定时器触发', CLOCK_PAUSED: '期限暂停', CLOCK_RESUMED: '期限恢复', NOTICE_PUBLISHED: '发布公告',
    NOTICE_WITHDRAWN: '撤回公告', DOCUMENT_RECORDED: '形成文书', DOCUMENT_VOIDED: '作废文书', LINKED_CASE: '关联案件'
  };
  const STATES = { ACTIVE: '办理中', COMPLETED: '已结案', EXTERNALLY_TERMINATED: '已终止', INTERNALLY_TERMINATED: '已终止' };

  // A download comes as a Blob and keeps its bytes (the CSV's BOM, which Excel needs to read Chinese).
  const api = (path, accept) => SafetyFlowApi.call('GET', path, { accept: accept });

  SafetyFlowApi.loginForm('/api/audit/cases?size=1', () => {
    $('search').hidden = false;
    search();
  });

  $('search-form').addEventListener('submit', (event) => { event.preventDefault(); search(); });

  async function search() {
    const params = new URLSearchParams();
    new FormData($('search-form')).forEach((value, key) => { if (value) params.set(key, value); });
    params.set('size', '100');
    $('search-error').textContent = '';
    try {
      const result = await api('/api/audit/cases?' + params);
      const body = $('results').querySelector('tbody');
      body.innerHTML = '';
      result.cases.forEach((c) => {
        const row = body.insertRow();
        [c.caseNumber, c.processName, c.jurisdiction, STATES[c.state] || c.state, day(c.startedAt), day(c.endedAt)].forEach((v) => {
          row.insertCell().textContent = v || '—';
        });
        row.addEventListener('click', () => openCase(c));
      });
      if (!result.cases.length) $('search-error').textContent = '没有找到符合条件的案件。';
    } catch (e) {
      $('search-error').textContent = e.message;
    }
  }

  async function openCase(summary) {
    $('search').hidden = true;
    $('case').hidden = false;
    $('case-title').textContent = summary.caseNumber + ' · ' + summary.processName + ' · ' + (STATES[summary.state] || summary.state);
    state = { caseNumber: summary.caseNumber, events: await api('/api/audit/cases/' + encodeURIComponent(summary.caseNumber) + '/timeline'), step: 0 };
    const xml = await api('/engine-rest/process-definition/' + encodeURIComponent(summary.processDefinitionId) + '/xml');
    if (!viewer) viewer = new BpmnJS({ container: '#diagram' });
    await viewer.importXML(xml.bpmn20Xml);
    viewer.get('canvas').zoom('fit-viewport');
    $('slider').max = String(state.events.length - 1);
    show(0);
    const integrity = await api('/api/audit/cases/' + encodeURIComponent(summary.caseNumber) + '/verify');
    $('integrity').textContent = integrityText(integrity);
    $('integrity').className = integrity.intact ? 'intact' : integrity.status === 'NOT_YET_SEALED' ? 'pending' : 'broken';
  }

  /** INTACT, NOT_YET_SEALED or TAMPERED (naming the first difference: its event, or its place in the chain). */
  function integrityText(integrity) {
    if (integrity.intact) return '完整性校验：未被篡改（已封存 ' + integrity.sealedEvents + ' 条）';
    if (integrity.status === 'NOT_YET_SEALED') {
      return '完整性校验：尚未封存完毕（已封存 ' + integrity.sealedEvents + ' 条，待封存 ' + integrity.unsealedEvents + ' 条），已封存部分未发现篡改';
    }
    const first = integrity.firstDifference;
    return '完整性校验：发现篡改 —— ' + first.explanation + '（' + (first.eventId || '审计链第 ' + first.seq + ' 条') + '）'
      + (integrity.problems.length > 1 ? '，共 ' + integrity.problems.length + ' 处' : '');
  }

  function show(step) {
    const events = state.events;
    state.step = Math.max(0, Math.min(step, events.length - 1));
    $('slider').value = String(state.step);
    $('position').textContent = '第 ' + (state.step + 1) + ' / ' + events.length + ' 步';
    const event = events[state.step];
    // What the case looked like after this step: visited and open activities, open tasks, variables.
    const started = new Map(), ended = new Set(), tasks = new Map(), variables = new Map();
    for (let i = 0; i <= state.step; i++) {
      const e = events[i];
      const d = e.details || {};
      if (e.type === 'ACTIVITY_STARTED') started.set(e.activityId, (started.get(e.activityId) || 0) + 1);
      if (e.type === 'ACTIVITY_ENDED' || e.type === 'ACTIVITY_CANCELED') ended.add(e.activityId + '#' + (started.get(e.activityId) || 0));
      if (e.type === 'TASK_CREATED') tasks.set(d.taskId, { name: d.taskName, holder: null, due: d.dueDate, activity: e.activityId });
      if (e.type === 'TASK_ASSIGNED' && tasks.has(d.taskId)) tasks.get(d.taskId).holder = d.assignee;
      if (e.type === 'TASK_UNASSIGNED' && tasks.has(d.taskId)) tasks.get(d.taskId).holder = null;
      if (e.type === 'TASK_COMPLETED') tasks.delete(d.taskId);
      // A task ended otherwise (退回, 撤回, a deadline's boundary event, a multi-instance step decided early) has no event
      // of its own: its step's cancellation ends it.
      if (e.type === 'ACTIVITY_CANCELED') tasks.forEach((t, id) => { if (t.activity === e.activityId) tasks.delete(id); });
      if (e.type === 'CASE_ENDED') tasks.clear();
      if (e.type === 'VARIABLE_CREATED' || e.type === 'VARIABLE_UPDATED') {
        variables.set(e.variable, { label: e.variableLabel, value: readable(e.newValueText, e.newValue), step: i });
      }
    }
    paint(started, ended, event.activityId);
    const dl = $('event');
    dl.innerHTML = '';
    const add = (term, value) => { if (value === undefined || value === null || value === '') return;
      const dt = document.createElement('dt'); dt.textContent = term; const dd = document.createElement('dd');
      dd.textContent = shown(value); dl.append(dt, dd); };
    add('时间', time(event.time)); add('类型', TYPES[event.type] || event.type); add('说明', event.description); add('办理人', event.user);
    add('环节', event.activityId); add('变量', event.variableLabel ? event.variableLabel + '（' + event.variable + '）' : event.variable);
    if (event.type === 'VARIABLE_UPDATED') add('原值', readable(event.oldValueText, event.oldValue));
    if (/^VARIABLE_/.test(event.type)) add('新值', readable(event.newValueText, event.newValue));
    add('输入', event.inputs); add('输出', event.outputs);
    if (event.details && event.details.content) add('文书内容', event.details.content);
    if (event.type === 'DOCUMENT_RECORDED' && event.details && event.details.documentId) {
      // The 文书 as printed (docs/documents.md): opened as PDF in a new tab; the print is in the case's access log.
      const dt = document.createElement('dt'); dt.textContent = '文书';
      const dd = document.createElement('dd'); const print = document.createElement('button');
      print.type = 'button'; print.className = 'sf-print'; print.textContent = '打印（PDF）';
      print.addEventListener('click', async () => {
        try {
          const pdf = await api('/api/cases/' + encodeURIComponent(state.caseNumber) + '/documents/' + encodeURIComponent(event.details.documentId) + '/pdf', 'application/pdf');
          window.open(URL.createObjectURL(pdf), '_blank');
        } catch (e) { print.textContent = e.message; }
      });
      dd.append(print); dl.append(dt, dd);
    }
    if (event.details && event.details.matchedRules) add('命中规则', event.details.matchedRules);
    const list = $('open-tasks');
    list.innerHTML = '';
    tasks.forEach((t) => { const li = document.createElement('li');
      li.textContent = t.name + (t.holder ? '（' + t.holder + ' 办理）' : '（待认领）') + (t.due ? '，期限 ' + day(t.due) : ''); list.append(li); });
    if (!tasks.size) list.innerHTML = '<li>无</li>';
    const body = $('variables').querySelector('tbody');
    body.innerHTML = '';
    const named = (name) => variables.get(name).label || name;
    [...variables.keys()].filter((name) => !ENGINE_VARIABLES.has(name)).sort((a, b) => named(a).localeCompare(named(b), 'zh-CN'))
      .forEach((name) => { const v = variables.get(name);
        const row = body.insertRow();
        if (v.step === state.step) row.className = 'changed';
        const cell = row.insertCell();
        cell.textContent = named(name); cell.title = name;
        row.insertCell().textContent = shown(v.value); });
  }

  function paint(started, ended, current) {
    if (!viewer) return;
    const canvas = viewer.get('canvas');
    const registry = viewer.get('elementRegistry');
    registry.forEach((element) => { ['sf-done', 'sf-open', 'sf-current'].forEach((c) => canvas.removeMarker(element.id, c)); });
    started.forEach((count, id) => {
      if (!registry.get(id)) return;
      canvas.addMarker(id, ended.has(id + '#' + count) ? 'sf-done' : 'sf-open');
    });
    if (current && registry.get(current)) canvas.addMarker(current, 'sf-current');
  }

  /** The engine's own bookkeeping of parallel and repeated steps, not a fact of the case. */
  const ENGINE_VARIABLES = new Set(['nrOfInstances', 'nrOfActiveInstances', 'nrOfCompletedInstances', 'loopCounter']);
  const ISO_MOMENT = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2}(\.\d+)?)?([+-]\d{2}:?\d{2}|Z)?$/;
  /** A value as an auditor reads it: moments as 2026-03-02 10:30, lists and objects as compact JSON. */
  function shown(value) {
    if (value === null || value === undefined) return '（空）';
    if (typeof value === 'object') return JSON.stringify(value);
    const moment = String(value).match(ISO_MOMENT);
    return moment ? moment[1] + ' ' + moment[2] : String(value);
  }
  /** A variable's value in Chinese (代码 by name, 150万元, 是/否) where the timeline words it, else as stored. */
  const readable = (text, value) => text === undefined || text === null ? (value === undefined ? null : value) : text;
  const day = (iso) => iso ? iso.substring(0, 10) : '';
  const time = (iso) => iso ? iso.replace('T', ' ').substring(0, 19) : '';

  $('slider').addEventListener('input', (e) => show(Number(e.target.value)));
  // Variable records are most of a case's events: stepping skips them unless the auditor asks for them.
  const isStep = (i) => !$('steps-only').checked || !/^VARIABLE_/.test(state.events[i].type);
  const move = (from, by) => { let i = from + by; while (i > 0 && i < state.events.length - 1 && !isStep(i)) i += by; return i; };
  $('prev').addEventListener('click', () => show(move(state.step, -1)));
  $('next').addEventListener('click', () => show(move(state.step, 1)));
  $('first').addEventListener('click', () => show(0));
  $('last').addEventListener('click', () => show(state.events.length - 1));
  document.addEventListener('keydown', (e) => { if ($('case').hidden) return;
    if (e.key === 'ArrowLeft') show(move(state.step, -1)); if (e.key === 'ArrowRight') show(move(state.step, 1)); });
  $('back').addEventListener('click', (e) => { e.preventDefault(); $('case').hidden = true; $('search').hidden = false; });
  async function download(format) {
    const file = await api('/api/audit/cases/' + encodeURIComponent(state.caseNumber) + '/export?format=' + format, format === 'csv' ? 'text/csv' : 'application/octet-stream');
    const link = document.createElement('a');
    link.href = URL.createObjectURL(file);
    link.download = state.caseNumber + '.' + format;
    link.click();
  }
  $('export-json').addEventListener('click', (e) => { e.preventDefault(); download('json'); });
  $('export-csv').addEventListener('click', (e) => { e.preventDefault(); download('csv'); });
})();
