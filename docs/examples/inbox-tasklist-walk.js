// The approver's operations from Tasklist's buttons (docs/inbox.md, contract §12), in headless Chromium, zh-CN: one 12350
// report of 台儿庄区 walked through 转办, 委派/归还, 催办 (twice: the second is refused), 抄送 and its read receipt from
// the bell, 加签 and the signature, 退回 to a passed step, 撤回 from the bell (once allowed, once refused). Claims and
// completions go over REST (they are Tasklist's own buttons); each operation is clicked in the 「办理操作」 tab.
// Screenshots and a transcript go to $OUT (default /tmp/inbox-walk).
//
// Against a started SafetyFlow (README, demo users, password demo), with Debian's chromium and playwright-core:
//   mkdir -p /tmp/pw && cd /tmp/pw && npm init -y && npm install playwright-core@1
//   NODE_PATH=/tmp/pw/node_modules BASE=http://localhost:8080 node docs/examples/inbox-tasklist-walk.js
const { chromium } = require('playwright-core');
const fs = require('fs');

const BASE = process.env.BASE || 'http://localhost:8080';
const OUT = process.env.OUT || '/tmp/inbox-walk';
fs.mkdirSync(OUT, { recursive: true });
const transcript = [];
function log(line) {
  console.log(line);
  transcript.push(line);
}

async function rest(user, method, path, body) {
  const response = await fetch(BASE + path, {
    method,
    headers: { Authorization: 'Basic ' + Buffer.from(user + ':demo').toString('base64'), 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  const text = await response.text();
  if (response.status >= 300) {
    throw new Error(method + ' ' + path + ' as ' + user + ': ' + response.status + ' ' + text);
  }
  return text ? JSON.parse(text) : null;
}

let browser;
let shot = 0;

async function signIn(user) {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  await page.goto(BASE + '/camunda/app/tasklist/default/');
  await page.waitForSelector('input[type=password]');
  await page.fill('input[type=text]', user);
  await page.fill('input[type=password]', 'demo');
  await page.click('button[type=submit]');
  await page.waitForSelector('input[type=password]', { state: 'detached' });
  return page;
}

async function screenshot(page, name) {
  shot += 1;
  const file = OUT + '/' + String(shot).padStart(2, '0') + '-' + name + '.png';
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

/** Opens the task and its 「办理操作」 tab; answers the buttons it shows. */
async function operations(page, taskId) {
  // A fresh page load (a changed hash alone would not load the task's state anew).
  await page.goto(BASE + '/camunda/app/tasklist/default/?load=' + Date.now() + '#/?task=' + taskId);
  const tab = page.locator('.task-details .nav-tabs a:has-text("办理操作")');
  await tab.waitFor({ timeout: 60000 }).catch(async error => {
    await screenshot(page, 'failed');
    throw error;
  });
  await tab.click();
  await page.waitForSelector('.sf-operations');
  return page.locator('.sf-op').evaluateAll(buttons => buttons.map(b => b.textContent));
}

/** Clicks an operation's button, fills its dialog, confirms, and answers the message the panel shows. */
async function operate(page, user, taskId, operation, fields, name) {
  const buttons = await operations(page, taskId);
  await page.click('.sf-op[data-operation=' + operation + ']');
  const form = page.locator('.sf-form[data-operation=' + operation + ']');
  await form.waitFor();
  for (const [field, value] of Object.entries(fields)) {
    const input = form.locator('[name=' + field + ']');
    if (await input.evaluate(e => e.tagName) === 'SELECT') {
      await input.selectOption(value);
    } else {
      await input.fill(value);
    }
  }
  await form.locator('button[type=submit]').click();
  const message = page.locator('.sf-message');
  await page.waitForFunction(() => {
    const m = document.querySelector('.sf-message');
    return m && m.textContent && m.textContent !== '正在提交……';
  });
  const text = await message.textContent();
  const file = await screenshot(page, name);
  log(user.padEnd(20) + ' [' + buttons.join(' ') + '] ' + operation.padEnd(12) + ' → ' + text + '  (' + file + ')');
  // After a success the panel reloads the page (1.2 s): let it, before the next step navigates.
  await page.waitForTimeout(1500);
  return text;
}

async function openTask(pi, key) {
  const tasks = await rest('taierzhuang', 'GET', '/engine-rest/task?processInstanceId=' + pi + '&taskDefinitionKey=' + key);
  return tasks.length ? tasks[0].id : null;
}

(async () => {
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync']
  });
  const started = await rest('taierzhuang', 'POST', '/engine-rest/process-definition/key/complaint-intake/start', { variables: {
    jurisdiction: { value: '370405' }, reportChannel: { value: 'HOTLINE_12350' },
    reportedAt: { value: new Date().toISOString().replace('Z', '+0000'), type: 'Date' }, reportCategory: { value: 'MAJOR_HAZARD' },
    enterpriseName: { value: '台儿庄某化工有限公司' }, description: { value: '储罐区可燃气体报警器长期停用。' } } });
  const pi = started.id;
  const caseNumber = (await rest('taierzhuang', 'GET', '/engine-rest/process-instance/' + pi)).businessKey;
  log('case ' + caseNumber + ' (process instance ' + pi + ')');
  const accept = await openTask(pi, 'Task_Accept');
  await rest('taierzhuang', 'POST', '/engine-rest/task/' + accept + '/claim', { userId: 'taierzhuang' });

  const taierzhuang = await signIn('taierzhuang');
  await operate(taierzhuang, 'taierzhuang', accept, 'transfer', { userId: 'shanting', reason: '调整' }, 'transfer-refused');
  await operate(taierzhuang, 'taierzhuang', accept, 'transfer', { userId: 'complaint-clerk', reason: '本人出差，由受理员代办' }, 'transfer');

  const clerk = await signIn('complaint-clerk');
  await operate(clerk, 'complaint-clerk', accept, 'delegate', { userId: 'taierzhuang', reason: '请核实举报人联系方式' }, 'delegate');
  await operate(taierzhuang, 'taierzhuang', accept, 'resolve', { reason: '已核实，联系方式有效' }, 'resolve');

  const head = await signIn('bureau-head');
  await operate(head, 'bureau-head', accept, 'urge', { message: '请于今日内受理' }, 'urge');
  await operate(head, 'bureau-head', accept, 'urge', { message: '再次催办' }, 'urge-refused');

  await operate(clerk, 'complaint-clerk', accept, 'cc', { userIds: 'zaozhuang', reason: '涉及市级督办企业' }, 'cc');
  const zaozhuang = await signIn('zaozhuang');
  await zaozhuang.click('.sf-bell');
  await zaozhuang.waitForSelector('.sf-bell-menu:not([hidden]) .sf-notes, .sf-bell-menu:not([hidden]) p');
  await screenshot(zaozhuang, 'bell-cc');
  const receipt = zaozhuang.locator('.sf-notes li.sf-unread-item', { hasText: '抄送' }).first().locator('button:has-text("标为已读")');
  await receipt.click();
  await zaozhuang.waitForTimeout(800);
  log('zaozhuang            bell: 抄送 notification marked read (read receipt)  (' + await screenshot(zaozhuang, 'cc-read') + ')');
  await operations(clerk, accept);
  log('complaint-clerk      panel 抄送: ' + (await clerk.locator('.sf-copies').textContent()).replace(/\s+/g, ' ')
    + '  (' + await screenshot(clerk, 'cc-receipt') + ')');

  await operate(clerk, 'complaint-clerk', accept, 'countersign', { userIds: 'taierzhuang', mode: 'BEFORE', reason: '请会签受理意见' }, 'countersign');
  const sign = (await rest('taierzhuang', 'GET', '/engine-rest/task?parentTaskId=' + accept))[0].id;
  await rest('taierzhuang', 'POST', '/engine-rest/task/' + sign + '/comment/create', { message: '同意受理' });
  await rest('taierzhuang', 'POST', '/engine-rest/task/' + sign + '/complete', {});
  await operations(clerk, accept);
  log('complaint-clerk      panel 加签: ' + (await clerk.locator('.sf-signers').textContent()).replace(/\s+/g, ' ')
    + '  (' + await screenshot(clerk, 'countersign-signed') + ')');
  await rest('complaint-clerk', 'POST', '/engine-rest/task/' + accept + '/complete', { variables: { acceptance: { value: 'ACCEPT' } } });

  const verify = await openTask(pi, 'Task_Verify');
  await rest('enforcement-officer', 'POST', '/engine-rest/task/' + verify + '/claim', { userId: 'enforcement-officer' });
  const officer = await signIn('enforcement-officer');
  await operate(officer, 'enforcement-officer', verify, 'return', { activityId: 'Task_Accept', reason: '事实不清、证据不足，请补充举报人陈述' }, 'return');
  const acceptAgain = await openTask(pi, 'Task_Accept');
  log('受理审查 again: ' + acceptAgain + ', held by ' + (await rest('taierzhuang', 'GET', '/engine-rest/task/' + acceptAgain)).assignee);

  async function recallFromBell(name) {
    await clerk.goto(BASE + '/camunda/app/tasklist/default/?load=' + Date.now());
    await clerk.click('.sf-bell');
    const first = clerk.locator('.sf-done li').first();
    await first.waitFor();
    await first.locator('.sf-recall').click();
    await clerk.waitForFunction(() => {
      const li = document.querySelector('.sf-done li');
      return li && (li.querySelector('.text-success') || li.querySelector('.text-danger'));
    });
    const text = (await first.textContent()).replace(/\s+/g, ' ');
    log('complaint-clerk      bell 我已办 撤回 → ' + text + '  (' + await screenshot(clerk, name) + ')');
  }
  await rest('complaint-clerk', 'POST', '/engine-rest/task/' + acceptAgain + '/complete', { variables: { acceptance: { value: 'ACCEPT' } } });
  await recallFromBell('recall');
  const acceptThird = await openTask(pi, 'Task_Accept');
  await rest('complaint-clerk', 'POST', '/engine-rest/task/' + acceptThird + '/complete', { variables: { acceptance: { value: 'ACCEPT' } } });
  const verifyAgain = await openTask(pi, 'Task_Verify');
  await rest('enforcement-officer', 'POST', '/engine-rest/task/' + verifyAgain + '/claim', { userId: 'enforcement-officer' });
  await clerk.waitForTimeout(1500);
  await recallFromBell('recall-refused');

  const timeline = await rest('auditor', 'GET', '/api/audit/cases/' + caseNumber + '/timeline');
  log('timeline of ' + caseNumber + ':');
  for (const e of timeline) {
    if (e.type.startsWith('TASK_') && !['TASK_CREATED', 'TASK_COMPLETED', 'TASK_ASSIGNED', 'TASK_UNASSIGNED'].includes(e.type)) {
      log('  ' + e.time.substring(11, 19) + ' ' + e.type.padEnd(17) + ' ' + (e.user || '').padEnd(20) + ' ' + e.description);
    }
  }
  const audit = await (await browser.newContext({ locale: 'zh-CN', viewport: { width: 1400, height: 1000 } })).newPage();
  await audit.goto(BASE + '/audit/');
  await audit.fill('#login-form [name=user]', 'auditor');
  await audit.fill('#login-form [name=password]', 'demo');
  await audit.click('#login-form button');
  await audit.fill('#search-form [name=caseNumber]', caseNumber);
  await audit.click('#search-form button');
  await audit.click('text=' + caseNumber);
  await audit.uncheck('#steps-only').catch(() => {});
  await audit.click('#last');
  await audit.waitForTimeout(1500);
  log('audit page  (' + await screenshot(audit, 'audit-timeline') + ')');
  fs.writeFileSync(OUT + '/transcript.txt', transcript.join('\n') + '\n');
  await browser.close();
})().catch(async error => {
  console.error(error);
  fs.writeFileSync(OUT + '/transcript.txt', transcript.join('\n') + '\n' + error + '\n');
  if (browser) {
    await browser.close();
  }
  process.exit(1);
});
