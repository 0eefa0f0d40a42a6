// SafetyFlow enterprise register: find an enterprise, see and name the users who act for it, register or
// correct an entry. Talks only to /api/registry/enterprises with the signed-in user's credentials.
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);
  let current = null;
  const api = (method, path, body) => SafetyFlowApi.call(method, path, { body: body });

  SafetyFlowApi.loginForm('/api/registry/enterprises?limit=1', () => {
    $('search').hidden = false;
    $('register').hidden = false;
    $('import').hidden = false;
    search();
  });

  $('search-form').addEventListener('submit', (event) => { event.preventDefault(); search(); });

  async function search() {
    const params = new URLSearchParams();
    new FormData($('search-form')).forEach((value, key) => { if (value) params.set(key, value); });
    $('search-error').textContent = '';
    try {
      const enterprises = await api('GET', '/api/registry/enterprises?' + params);
      const body = $('results').querySelector('tbody');
      body.innerHTML = '';
      enterprises.forEach((e) => {
        const row = body.insertRow();
        [e.creditCode, e.name, e.jurisdiction, e.industry, e.supervisingDepartment].forEach((v) => {
          row.insertCell().textContent = v || '—';
        });
        row.tabIndex = 0;
        row.addEventListener('click', () => open(e));
      });
      if (enterprises.length === 0) {
        $('search-error').textContent = '没有符合条件的已登记企业。';
      }
    } catch (e) {
      $('search-error').textContent = e.message;
    }
  }

  async function open(enterprise) {
    current = enterprise;
    $('enterprise').hidden = false;
    $('enterprise-title').textContent = enterprise.name + '（' + enterprise.creditCode + '）';
    $('enterprise-group').textContent = 'enterprise-' + enterprise.creditCode.toLowerCase();
    $('user-error').textContent = '';
    showUsers(await api('GET', '/api/registry/enterprises/' + enterprise.creditCode + '/users'));
    showLicences(await api('GET', '/api/registry/licences?enterpriseCreditCode=' + enterprise.creditCode));
    const form = $('register-form');
    ['creditCode', 'name', 'jurisdiction', 'industry', 'supervisingDepartment'].forEach((key) => {
      form.elements[key].value = enterprise[key] || '';
    });
  }

  function showUsers(users) {
    const list = $('users');
    list.innerHTML = '';
    users.forEach((user) => { list.appendChild(document.createElement('li')).textContent = user; });
    if (users.length === 0) {
      list.appendChild(document.createElement('li')).textContent = '尚未指定企业用户：本企业的任务暂时无人能办理。';
    }
  }

  function showLicences(licences) {
    $('licences').hidden = false;
    const body = $('licence-list').querySelector('tbody');
    body.innerHTML = '';
    licences.forEach((l) => {
      const row = body.insertRow();
      [l.licenceNumber, l.licenceTypeName, l.validFrom + ' 至 ' + l.validUntil, l.statusName].forEach((v) => {
        row.insertCell().textContent = v;
      });
      const history = row.insertCell();
      l.history.forEach((change) => {
        const line = history.appendChild(document.createElement('div'));
        line.textContent = change.date + ' ' + change.statusName + '：' + change.reason + (change.caseNumber ? '（案件 ' + change.caseNumber + '）' : '');
      });
    });
    if (licences.length === 0) {
      body.insertRow().insertCell().textContent = '登记簿中没有本企业的许可证。';
    }
  }

  $('import-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    $('import-error').textContent = '';
    const file = new FormData(event.target).get('file');
    try {
      const result = await SafetyFlowApi.call('POST', '/api/registry/licences/import', { body: file, contentType: 'text/csv' });
      $('import-error').textContent = '已导入 ' + result.imported + ' 张许可证。';
      $('import-error').style.color = '#256029';
      event.target.reset();
      if (current) { open(current); }
    } catch (e) {
      $('import-error').style.color = '';
      $('import-error').textContent = e.message;
    }
  });

  $('user-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    $('user-error').textContent = '';
    try {
      const userId = new FormData(event.target).get('userId');
      showUsers(await api('POST', '/api/registry/enterprises/' + current.creditCode + '/users', { userId: userId }));
      event.target.reset();
    } catch (e) {
      $('user-error').textContent = e.message;
    }
  });

  $('register-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    $('register-error').textContent = '';
    const form = new FormData(event.target);
    const entry = {};
    ['name', 'jurisdiction', 'industry', 'supervisingDepartment'].forEach((key) => { entry[key] = form.get(key); });
    try {
      const saved = await api('PUT', '/api/registry/enterprises/' + encodeURIComponent(form.get('creditCode').trim()), entry);
      $('register-error').textContent = '已保存：' + saved.name;
      open(saved);
      search();
    } catch (e) {
      $('register-error').textContent = e.message;
    }
  });
}());
