'use strict';
// The scorecard's two charts (Vega-Lite, compiled in the page and run by Vega's expression interpreter: no code is
// generated, so the page needs no 'unsafe-eval'), each with its figures as a table behind a toggle, a description
// for screen readers, and SVG and PNG downloads.

// Vega describes axes and legends to screen readers in English words of its own ("X-axis titled ..."): those
// are left out, and the chart's Dutch description, the marks' own descriptions and the table behind the toggle say it.
const CHART_CONFIG = {
  font: 'system-ui, sans-serif',
  axis: { labelFontSize: 12, titleFontSize: 12, aria: false },
  legend: { labelFontSize: 12, titleFontSize: 12, aria: false },
};

const STEP_COLOURS = ['#0b5cad', '#c2410c', '#15803d', '#7e22ce', '#b91c1c', '#0f766e', '#4d5761'];

function euro(amount) {
  return new Intl.NumberFormat(LABELS.locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(amount);
}

function kindLabel(kind) {
  return LABELS.kinds[kind] || kind;
}

function promiseLabel(promise) {
  return LABELS.promiseHeading(promise.ordinal);
}

function timelineFigures(clause) {
  const dated = [], undated = [];
  for (const promise of clause.promises)
    for (const e of promise.fulfilment.evidence) {
      const row = { promise: promiseLabel(promise), date: e.date, step: kindLabel(e.kind), decision: e.decision.title };
      // What a screen reader says for the point: the whole line, not the axis' rounded year.
      row.description = `${row.promise}, ${e.date || LABELS.dateUnknown}, ${row.step}: ${row.decision}`;
      (e.date ? dated : undated).push(row);
    }
  return { dated, undated };
}

function timelineSpec(clause) {
  const { dated, undated } = timelineFigures(clause);
  const rows = clause.promises.map(promiseLabel);
  const y = { field: 'promise', type: 'nominal', scale: { domain: rows }, sort: rows };
  const counts = rows.map(promise => ({ promise, n: undated.filter(r => r.promise === promise).length }))
    .filter(c => c.n).map(c => ({ ...c, label: LABELS.undatedCount(c.n) }));
  const height = Math.max(rows.length * 26, 80);
  const dates = dated.map(r => r.date).sort();
  return {
    description: LABELS.timelineDescription(dated.length, undated.length, dates[0], dates[dates.length - 1],
      clause.promises.map(p => `${promiseLabel(p)}: ${p.fulfilment.evidence.length}`).join('; ')),
    config: CHART_CONFIG,
    hconcat: [
      {
        width: 480, height,
        data: { values: dated },
        mark: { type: 'point', filled: true, size: 110, opacity: 0.9 },
        encoding: {
          x: { field: 'date', type: 'temporal', title: LABELS.axes.date, axis: { format: '%Y', tickCount: 'year' } },
          y: { ...y, title: null },
          shape: { field: 'step', type: 'nominal', title: LABELS.axes.step },
          color: { field: 'step', type: 'nominal', title: LABELS.axes.step, scale: { range: STEP_COLOURS } },
          description: { field: 'description' },
        },
      },
      {
        width: 100, height,
        data: { values: counts },
        view: { stroke: null },
        mark: { type: 'text', align: 'left', fontSize: 12, aria: false },
        encoding: { x: { value: 4 }, y: { ...y, axis: null }, text: { field: 'label' } },
      },
    ],
  };
}

function moneyFigures(clause) {
  return clause.budgetsByYear.map(b => ({ year: b.year === null ? LABELS.yearUnknown : String(b.year), total: b.total, label: euro(b.total) }));
}

function moneySpec(clause) {
  const values = moneyFigures(clause);
  const largest = Math.max(...values.map(v => v.total), 1);
  return {
    description: LABELS.moneyDescription(values.map(v => `${v.year}: ${v.label}`).join('; ')),
    config: CHART_CONFIG,
    width: 560, height: { step: 30 },
    data: { values },
    encoding: {
      y: { field: 'year', type: 'ordinal', sort: null, title: LABELS.axes.year },
      x: { field: 'total', type: 'quantitative', title: LABELS.axes.amount, scale: { domain: [0, largest * 1.3] }, axis: { format: ',.0f', tickCount: 4 } },
    },
    layer: [
      { mark: { type: 'bar', color: '#0b5cad' } },
      { mark: { type: 'text', align: 'left', dx: 4, fontSize: 12, color: '#1d2733', aria: false }, encoding: { text: { field: 'label' } } },
    ],
  };
}

async function drawChart(container, spec) {
  const runtime = charts.parse(charts.compile(spec).spec, null, { ast: true });
  const view = new charts.View(runtime, {
    expr: charts.expressionInterpreter,
    renderer: 'svg',
    container,
    hover: false,
    locale: { number: LABELS.numberLocale, time: LABELS.timeLocale },
  });
  await view.runAsync();
  return view;
}

function saveAs(fileName, url) {
  const link = element('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
}

function saveText(fileName, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  saveAs(fileName, url);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function table(columns, rows) {
  const head = element('tr');
  for (const column of columns) {
    const th = element('th', column);
    th.scope = 'col';
    head.append(th);
  }
  const thead = element('thead');
  const tbody = element('tbody');
  thead.append(head);
  for (const row of rows) {
    const tr = element('tr');
    for (const cell of row) tr.append(element('td', cell));
    tbody.append(tr);
  }
  const t = element('table');
  t.append(thead, tbody);
  return t;
}

// A chart as a figure: heading, introduction, the picture, its toggle to a table of the same figures, and its downloads.
async function chartSection({ id, heading, intro, spec, columns, rows, fileName }) {
  const section = element('section', undefined, 'chart');
  section.id = id;
  section.setAttribute('aria-labelledby', `${id}-heading`);
  const title = element('h2', heading);
  title.id = `${id}-heading`;
  const figure = element('figure');
  const picture = element('div', undefined, 'picture');
  const caption = element('figcaption', spec.description);
  figure.append(picture, caption);

  const tools = element('div', undefined, 'tools');
  const toggle = element('button', LABELS.showTable);
  const svg = element('button', LABELS.downloadSvg);
  const png = element('button', LABELS.downloadPng);
  toggle.type = svg.type = png.type = 'button';
  const figures = table(columns, rows);
  figures.id = `${id}-table`;
  figures.hidden = true;
  toggle.setAttribute('aria-controls', figures.id);
  toggle.setAttribute('aria-expanded', 'false');
  toggle.addEventListener('click', () => {
    figures.hidden = !figures.hidden;
    toggle.setAttribute('aria-expanded', String(!figures.hidden));
    toggle.textContent = figures.hidden ? LABELS.showTable : LABELS.hideTable;
  });
  tools.append(toggle, svg, png);
  section.append(title, element('p', intro), figure, tools, figures);

  const view = await drawChart(picture, spec);
  svg.addEventListener('click', async () => saveText(`${fileName}.svg`, await view.toSVG(), 'image/svg+xml'));
  png.addEventListener('click', async () => saveAs(`${fileName}.png`, await view.toImageURL('png', 2)));
  return section;
}

async function timelineSection(clause, fileStem) {
  const { dated, undated } = timelineFigures(clause);
  return chartSection({
    id: 'tijdlijn', heading: LABELS.timelineHeading, intro: LABELS.timelineIntro, spec: timelineSpec(clause),
    columns: LABELS.tableColumns.timeline,
    rows: [...dated, ...undated].map(r => [r.promise, r.date || LABELS.dateUnknown, r.step, r.decision]),
    fileName: `${fileStem}-tijdlijn`,
  });
}

async function moneySection(clause, fileStem) {
  if (!clause.budgetsByYear.length) {
    const section = element('section', undefined, 'chart');
    section.append(element('h2', LABELS.moneyHeading), element('p', LABELS.noMoney));
    return section;
  }
  return chartSection({
    id: 'geld', heading: LABELS.moneyHeading, intro: LABELS.moneyIntro(euro(clause.budgetTotal)), spec: moneySpec(clause),
    columns: LABELS.tableColumns.money, rows: moneyFigures(clause).map(v => [v.year, v.label]),
    fileName: `${fileStem}-geld-per-jaar`,
  });
}
