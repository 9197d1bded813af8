'use strict';
// The promise tracker: /scorecard lists the clauses, /scorecard/{number} shows one clause's scorecard and
// /scorecard/{number}#belofte-{ordinal} opens one of its promises. All data comes from this API's /graphql.

const content = document.getElementById('content');
const status = document.getElementById('status');
const notice = document.getElementById('notice');

function statusLabel(name) {
  return LABELS.statuses[name] || { text: name, symbol: '' };
}

// Colour and words: the verdict is readable without its colour.
function badge(name) {
  const label = statusLabel(name);
  const b = element('span', `${label.symbol} ${label.text}`, 'badge');
  b.dataset.status = name;
  return b;
}

function ruleText(rule) {
  return LABELS.rules[rule.name] || rule.description;
}

function clauseLink(clause) {
  const item = element('li');
  item.append(link(LABELS.clauseHeading(clause.number, clause.title), `/scorecard/${encodeURIComponent(clause.number)}`), ' ',
    badge(clause.fulfilment.status), ' ', element('span', LABELS.promiseCount(clause.promises.length), 'muted'));
  return item;
}

function clauseList(clauses) {
  if (!clauses.length) return element('p', LABELS.noClauses);
  const list = element('ul', undefined, 'clauses');
  list.append(...clauses.map(clauseLink));
  return list;
}

function summary(promises) {
  const counts = new Map();
  for (const p of promises) counts.set(p.fulfilment.status, (counts.get(p.fulfilment.status) || 0) + 1);
  const known = LABELS.statusOrder.filter(s => counts.has(s));
  const order = [...known, ...[...counts.keys()].filter(s => !known.includes(s))];
  const section = element('section', undefined, 'summary');
  section.setAttribute('aria-labelledby', 'samenvatting');
  const heading = element('h2', LABELS.summaryHeading);
  heading.id = 'samenvatting';
  const bar = element('ol', undefined, 'summary-bar');
  bar.setAttribute('aria-label', LABELS.summaryLabel(promises.length));
  for (const name of order) {
    const label = statusLabel(name);
    const part = element('li');
    part.dataset.status = name;
    // Set through the style object, which the page's policy allows (style attributes in markup it refuses).
    part.style.flexGrow = String(counts.get(name));
    part.append(element('span', `${label.symbol} ${label.text}: `, 'label'), element('span', String(counts.get(name)), 'count'));
    bar.append(part);
  }
  section.append(heading, bar);
  return section;
}

function verdict(fulfilment, headingText) {
  const section = element('section', undefined, 'verdict');
  const heading = element('h2', headingText);
  const rule = element('p');
  rule.append(element('strong', `${LABELS.ruleLabel}: `), ruleText(fulfilment.rule));
  section.append(heading, badge(fulfilment.status), rule);
  return section;
}

function fact(list, term, value) {
  list.append(element('dt', term), value instanceof Node ? wrap('dd', value) : element('dd', value));
}

function wrap(tag, child) {
  const e = element(tag);
  e.append(child);
  return e;
}

function evidenceItem(e) {
  const item = element('li', undefined, 'evidence');
  item.append(wrap('p', link(e.decision.title, `/explore/?name=${encodeURIComponent(e.decision.id)}`, 'decision')));
  const facts = element('dl');
  fact(facts, LABELS.facts.date, e.date || LABELS.dateUnknown);
  fact(facts, LABELS.facts.step, `${kindLabel(e.kind)} (${LABELS.steps[e.step] || e.step})`);
  if (e.stance) fact(facts, LABELS.facts.stance, LABELS.stances[e.stance] || e.stance);
  if (e.strength) fact(facts, LABELS.facts.strength, LABELS.strengths[e.strength] || e.strength);
  if (!e.linked) fact(facts, LABELS.facts.why, LABELS.laterStep);
  fact(facts, LABELS.facts.source, e.decision.themisUri ? link(LABELS.themis, e.decision.themisUri) : LABELS.noThemis);
  item.append(facts);
  for (const quote of e.quotes) item.append(element('blockquote', quote.quote, 'quote'));
  return item;
}

function continuationName(node) {
  if (node.__typename === 'Objective') return [node.number, node.title].filter(Boolean).join(' ');
  return node.name || node.id;
}

function promiseSection(promise) {
  const article = element('article', undefined, 'promise');
  article.id = `belofte-${promise.ordinal}`;
  article.tabIndex = -1;
  article.setAttribute('aria-labelledby', `${article.id}-heading`);
  const heading = element('h3', LABELS.promiseHeading(promise.ordinal));
  heading.id = `${article.id}-heading`;
  const top = element('div', undefined, 'promise-top');
  top.append(heading, badge(promise.fulfilment.status), link(LABELS.permalink, `#${article.id}`, 'permalink'));
  const rule = element('p');
  rule.append(element('strong', `${LABELS.ruleLabel}: `), ruleText(promise.fulfilment.rule));
  article.append(top, element('blockquote', promise.text, 'promise-text'), rule);

  const evidence = promise.fulfilment.evidence;
  article.append(element('h4', LABELS.evidenceHeading(evidence.length)));
  if (evidence.length) {
    const list = element('ol', undefined, 'evidence-list');
    list.append(...evidence.map(evidenceItem));
    article.append(list);
  } else article.append(element('p', LABELS.noEvidence, 'muted'));

  article.append(element('h4', LABELS.continuedHeading));
  if (promise.continuedBy.length) {
    const list = element('ul', undefined, 'continued');
    for (const c of promise.continuedBy) {
      const item = element('li');
      item.append(link(continuationName(c.node), `/explore/?name=${encodeURIComponent(c.node.id)}`), ' ', element('span', `(${LABELS.confidence(c.confidence)})`, 'muted'));
      list.append(item);
    }
    article.append(list);
  } else article.append(element('p', LABELS.notContinued, 'muted'));
  return article;
}

function csvDownload(clause) {
  const section = element('p', undefined, 'tools');
  const button = element('button', LABELS.downloadCsv);
  button.type = 'button';
  button.addEventListener('click', () => saveText(`scorecard-${clause.number}.csv`, scorecardCsv(clause), 'text/csv;charset=utf-8'));
  section.append(button, ' ', element('span', LABELS.csvHint, 'muted'));
  return section;
}

function title(text) {
  document.title = `${text} · ${LABELS.siteTitle}`;
  content.append(element('h1', text));
}

async function showClause(number) {
  const data = await loadClause(number);
  const clause = data.clause;
  content.replaceChildren();
  if (!clause) {
    title(LABELS.notFound(number));
    content.append(element('p', LABELS.notFoundText), clauseList(data.clauses));
    return;
  }
  title(LABELS.clauseHeading(clause.number, clause.title));
  const text = element('details', undefined, 'clause-text');
  text.append(element('summary', LABELS.clauseText), element('p', clause.text || ''));
  const fileStem = `scorecard-${clause.number}`;
  const figures = await Promise.all([timelineSection(clause, fileStem), moneySection(clause, fileStem)]);
  const promises = element('section', undefined, 'promises');
  promises.setAttribute('aria-labelledby', 'beloften');
  const promisesHeading = element('h2', LABELS.promisesHeading);
  promisesHeading.id = 'beloften';
  promises.append(promisesHeading, ...clause.promises.map(promiseSection));
  content.append(text, verdict(clause.fulfilment, LABELS.clauseVerdict), summary(clause.promises), csvDownload(clause), ...figures, promises);
  window.addEventListener('hashchange', () => openPromise(clause.number));
  openPromise(clause.number);
}

// Scrolls to the promise the address names and marks it; a promise that is not there gets a notice above the clause.
function openPromise(number) {
  notice.hidden = true;
  for (const e of document.querySelectorAll('.promise.highlighted')) e.classList.remove('highlighted');
  const match = /^#belofte-(.+)$/.exec(location.hash);
  if (!match) return;
  const target = document.getElementById(`belofte-${match[1]}`);
  if (!target) {
    notice.textContent = LABELS.unknownPromise(decodeURIComponent(match[1]), number);
    notice.hidden = false;
    window.scrollTo(0, 0);
    return;
  }
  target.classList.add('highlighted');
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}

async function showOverview() {
  const clauses = await loadClauses();
  content.replaceChildren();
  title(LABELS.siteTitle);
  content.append(element('p', LABELS.siteIntro), element('h2', LABELS.overviewHeading), clauseList(clauses));
}

function navigation() {
  const nav = document.getElementById('site-nav');
  nav.setAttribute('aria-label', LABELS.nav.label);
  nav.append(link(LABELS.nav.overview, '/scorecard'), link(LABELS.nav.explore, '/explore/'),
    link(LABELS.nav.examples, '/explore/examples.html'), link(LABELS.nav.ide, '/graphql/'));
  document.getElementById('site-title').textContent = LABELS.siteTitle;
}

async function start() {
  const number = decodeURIComponent(location.pathname.replace(/^\/scorecard\/?/, '').replace(/\/$/, ''));
  status.className = 'status';
  status.textContent = LABELS.loading;
  content.setAttribute('aria-busy', 'true');
  const slow = setTimeout(() => { status.textContent = LABELS.slow; }, SLOW_MILLISECONDS);
  try {
    await (number ? showClause(number) : showOverview());
    status.textContent = '';
    document.body.dataset.ready = 'true';
  } catch (error) {
    status.className = 'status failed';
    status.textContent = LABELS.failed(error.message);
    const retry = element('button', LABELS.retry);
    retry.type = 'button';
    retry.addEventListener('click', () => start());
    status.append(' ', retry);
  } finally {
    clearTimeout(slow);
    content.removeAttribute('aria-busy');
  }
}

navigation();
start();
