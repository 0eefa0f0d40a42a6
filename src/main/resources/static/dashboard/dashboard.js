// SafetyFlow's dashboard (一张网, contract §13): the figures of GET /api/statistics for the signed-in official's
// jurisdictions, as tiles, charts (Apache ECharts, served from the app) and tables, each table downloadable as CSV.
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const charts = {};
  let query = '';

  SafetyFlowApi.loginForm('/api/statistics', () => {
    $('board').hidden = false;
    load();
  });

  /** The jurisdictions the official may choose: those the first (unfiltered) answer counted. */
  function offer(jurisdictions) {
    const select = $('filter').elements.jurisdiction;
    if (select.options.length > 1) return;
    jurisdictions.forEach((j) => {
      const option = document.createElement('option');
      option.value = j.code; option.textContent = j.name + '（' + j.code + '）';
      select.append(option);
    });
  }

  $('filter').addEventListener('submit', (event) => { event.preventDefault(); load(); });

  document.querySelectorAll('a.csv').forEach((link) => link.addEventListener('click', async (event) => {
    event.preventDefault();
    try {
      const file = await SafetyFlowApi.call('GET', '/api/statistics?' + query + '&format=csv&table=' + link.dataset.table, { accept: 'text/csv' });
      const a = document.createElement('a');
      a.href = URL.createObjectURL(file);
      a.download = '安全生产统计-' + link.dataset.table + '.csv';
      a.click();
    } catch (e) { $('filter-error').textContent = e.message; }
  }));

  async function load() {
    const params = new URLSearchParams();
    new FormData($('filter')).forEach((value, key) => { if (value) params.set(key, value); });
    query = params.toString();
    $('filter-error').textContent = '';
    try {
      show(await SafetyFlowApi.call('GET', '/api/statistics?' + query));
    } catch (e) { $('filter-error').textContent = e.message; }
  }

  function show(f) {
    offer(f.jurisdictions);
    const form = $('filter');
    if (!form.elements.from.value) form.elements.from.value = f.from;
    if (!form.elements.to.value) form.elements.to.value = f.to;
    $('period').textContent = '统计期间：' + f.from + ' 至 ' + f.to + '（' + f.jurisdictions.length + ' 个辖区）';
    const sum = (key) => f.processes.reduce((n, p) => n + p[key], 0);
    tiles([['新立案件', sum('opened')], ['办结', sum('closed')], ['在办', sum('open')], ['超期', sum('overdue'), sum('overdue') > 0],
      ['重大隐患挂牌督办', f.hazards.listed], ['事故死亡人数', f.accidents.deaths, f.accidents.deaths > 0],
      ['隐患销号率', percent(f.hazards.delistingRate)], ['事故结案率', percent(f.accidents.closingRate)],
      ['执法检查（家次）', f.enforcement.inspections], ['行政处罚（件）', f.enforcement.penalties],
      ['罚款金额（万元）', (f.enforcement.fineYuan / 10000).toFixed(2)], ['待评估 / 逾期', f.evaluations.open + ' / ' + f.evaluations.overdue]]);
    const names = f.processes.map((p) => p.processName);
    bars('processes', names, [['新立案件', f.processes.map((p) => p.opened)], ['办结', f.processes.map((p) => p.closed)],
      ['在办', f.processes.map((p) => p.open)], ['超期', f.processes.map((p) => p.overdue)]]);
    table('processes', ['业务', '新立案件', '办结', '在办', '超期'], f.processes.map((p) => [p.processName, p.opened, p.closed, p.open, p.overdue]));
    bars('jurisdictions', f.byJurisdiction.map((j) => j.name), [['新立案件', f.byJurisdiction.map((j) => j.opened)],
      ['办结', f.byJurisdiction.map((j) => j.closed)], ['在办', f.byJurisdiction.map((j) => j.open)], ['超期', f.byJurisdiction.map((j) => j.overdue)]]);
    table('jurisdictions', ['辖区', '新立案件', '办结', '在办', '超期'], f.byJurisdiction.map((j) => [j.name, j.opened, j.closed, j.open, j.overdue]));
    chart('months').setOption({ tooltip: { trigger: 'axis' }, legend: {}, xAxis: { type: 'category', data: f.byMonth.map((m) => m.month) },
      yAxis: { type: 'value', minInterval: 1 }, series: [{ name: '新立案件', type: 'line', data: f.byMonth.map((m) => m.opened) },
        { name: '办结', type: 'line', data: f.byMonth.map((m) => m.closed) }] }, true);
    table('months', ['月份', '新立案件', '办结'], f.byMonth.map((m) => [m.month, m.opened, m.closed]));
    chart('hazards').setOption({ tooltip: { trigger: 'item' }, legend: {}, series: [{ type: 'pie', radius: ['35%', '65%'],
      data: f.hazards.byGrade.map((g) => ({ name: g.name, value: g.count })) }] }, true);
    table('hazards', ['隐患等级', '隐患数'], f.hazards.byGrade.map((g) => [g.name, g.count])
      .concat([['挂牌督办', f.hazards.listed], ['已销号', f.hazards.delisted], ['销号率', percent(f.hazards.delistingRate)]]));
    bars('accidents', f.accidents.byGrade.map((g) => g.name), [['起数', f.accidents.byGrade.map((g) => g.count)],
      ['死亡', f.accidents.byGrade.map((g) => g.deaths)], ['重伤', f.accidents.byGrade.map((g) => g.seriousInjuries)]]);
    table('accidents', ['事故等级', '起数', '死亡', '重伤', '直接经济损失（万元）'], f.accidents.byGrade.map((g) =>
      [g.name, g.count, g.deaths, g.seriousInjuries, (g.directEconomicLossYuan / 10000).toFixed(2)])
      .concat([['结案率', percent(f.accidents.closingRate), '', '', '']]));
  }

  function tiles(items) {
    $('tiles').replaceChildren(...items.map(([label, value, warn]) => {
      const tile = document.createElement('div');
      tile.className = 'tile' + (warn ? ' warn' : '');
      const v = document.createElement('div'); v.className = 'value'; v.textContent = value;
      const l = document.createElement('div'); l.className = 'label'; l.textContent = label;
      tile.append(v, l);
      return tile;
    }));
  }

  function chart(name) {
    if (!charts[name]) charts[name] = echarts.init($('chart-' + name));
    return charts[name];
  }

  function bars(name, categories, series) {
    chart(name).setOption({ tooltip: { trigger: 'axis' }, legend: {}, grid: { containLabel: true },
      xAxis: { type: 'category', data: categories, axisLabel: { interval: 0, rotate: categories.length > 4 ? 30 : 0,
        // a long business name is cut on the axis (the tooltip and the table below give it whole)
        formatter: (value) => (value.length > 9 ? value.slice(0, 8) + '…' : value) } },
      yAxis: { type: 'value', minInterval: 1 }, series: series.map(([label, data]) => ({ name: label, type: 'bar', data: data })) }, true);
  }

  function table(name, header, rows) {
    const t = $('table-' + name);
    const head = document.createElement('tr');
    header.forEach((h) => { const th = document.createElement('th'); th.textContent = h; head.append(th); });
    const body = rows.map((r) => { const tr = document.createElement('tr');
      r.forEach((c) => { const td = document.createElement('td'); td.textContent = c; tr.append(td); }); return tr; });
    t.replaceChildren(head, ...body);
  }

  function percent(rate) {
    return rate === null || rate === undefined ? '—' : (rate * 100).toFixed(1) + '%';
  }

  window.addEventListener('resize', () => Object.values(charts).forEach((c) => c.resize()));
}());
