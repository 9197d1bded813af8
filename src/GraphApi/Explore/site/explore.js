'use strict';
// The exploration page: find a node by name, draw its neighbourhood, expand nodes on click and show the
// evidence of a relationship on click. Everything comes from this API's /graphql.

const TYPES = ['ALLOCATES', 'CITES', 'DECIDED_BY', 'EVALUATES', 'FOLLOWS', 'FULFILLS', 'FUNDS', 'INVOLVES', 'MEASURES', 'MENTIONS', 'PART_OF', 'RESPONSIBLE_FOR'];

// Each type's naming fields, aliased per type because the same field is nullable in one type and not in another.
const SHOWN = `fragment Shown on Node { id __typename
  ... on Agreement { agreementName: name } ... on Clause { clauseNumber: number clauseTitle: title }
  ... on Promise { promiseText: text promiseOrdinal: ordinal promiseClause: clause { number } } ... on Decision { decisionTitle: title decisionDate: date }
  ... on Agency { agencyName: name agencyAliases: aliases } ... on Programme { programmeName: name programmeAliases: aliases }
  ... on Budget { budgetAmount: amount budgetSentence: sentence } ... on Objective { objectiveNumber: number objectiveTitle: title }
  ... on Indicator { indicatorName: name } ... on BuildingBlock { buildingBlockName: name buildingBlockAliases: aliases }
  ... on Document { documentTitle: title documentFile: fileName } ... on Evaluation { evaluationTitle: title }
  ... on Initiative { initiativeTitle: title } ... on Question { questionTitle: title } ... on Axis { axisName: name }
  ... on Principle { principleTitle: title } }`;

const FIND = `query Find($text: String!, $id: ID!) {
  byId: node(id: $id) { ...Shown }
  clause(number: $text) { ...Shown }
  search(text: $text, first: 10) { node { ...Shown } }
} ${SHOWN}`;

const NEIGHBOURHOOD = `query Neighbourhood($id: ID!) { node(id: $id) { ...Shown
  ${TYPES.flatMap(t => ['OUTGOING', 'INCOMING'].map(d => `${t}_${d}: links(type: "${t}", direction: ${d}) { ...Linked }`)).join('\n  ')}
} }
fragment Linked on Link { id type direction properties { name value } sources { documentId offset quote } node { ...Shown } }
${SHOWN}`;

const COLOURS = {
  Decision: '#0b5cad', Agency: '#c0392b', Programme: '#8e44ad', Clause: '#d35400', Promise: '#e67e22', Budget: '#27ae60',
  Objective: '#16a085', Indicator: '#2c3e50', BuildingBlock: '#b7950b', Document: '#7f8c8d', Evaluation: '#6c3483',
  Initiative: '#1f618d', Question: '#a04000', Axis: '#117864', Principle: '#515a5a', Agreement: '#943126',
};

const form = document.getElementById('search');
const input = document.getElementById('name');
const status = document.getElementById('status');
const suggestions = document.getElementById('suggestions');
const selection = document.getElementById('selection');
const expanded = new Set();
const edgeData = new Map();

const cy = cytoscape({
  container: document.getElementById('graph'),
  style: [
    { selector: 'node', style: { 'label': 'data(short)', 'background-color': 'data(colour)', 'font-size': 9, 'text-wrap': 'ellipsis', 'text-max-width': 120, 'width': 18, 'height': 18 } },
    { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#1d2733' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f1c40f' } },
    { selector: 'edge', style: { 'label': 'data(type)', 'font-size': 8, 'min-zoomed-font-size': 10, 'color': '#556', 'width': 1.5, 'line-color': '#aab4bf', 'target-arrow-color': '#aab4bf', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', 'text-rotation': 'autorotate' } },
    { selector: 'edge:selected', style: { 'line-color': '#f1c40f', 'target-arrow-color': '#f1c40f', 'width': 3 } },
  ],
  wheelSensitivity: 0.3,
});
// A handle for the browser tests and the developer console.
window.exploreGraph = cy;

function nameOf(node) {
  if (node.clauseNumber) return [node.clauseNumber, node.clauseTitle].filter(Boolean).join(' ');
  if (node.objectiveNumber) return [node.objectiveNumber, node.objectiveTitle].filter(Boolean).join(' ');
  for (const [key, value] of Object.entries(node)) {
    if (key === 'id' || key === '__typename' || key.endsWith('Aliases') || key.endsWith('Date')) continue;
    if (value !== null && value !== undefined) return String(value);
  }
  return node.id;
}

function aliasesOf(node) {
  return Object.entries(node).filter(([key]) => key.endsWith('Aliases')).flatMap(([, value]) => value || []);
}

function shortName(node) {
  const name = nameOf(node);
  return name.length > 40 ? name.slice(0, 39) + '…' : name;
}

// A clause and each of its promises have a page in the promise tracker.
function scorecardAddress(node) {
  if (node.__typename === 'Clause') return `/scorecard/${encodeURIComponent(node.clauseNumber)}`;
  if (node.__typename === 'Promise' && node.promiseClause) return `/scorecard/${encodeURIComponent(node.promiseClause.number)}#belofte-${node.promiseOrdinal}`;
  return null;
}

function addNode(node) {
  if (cy.getElementById(node.id).nonempty()) return;
  cy.add({ group: 'nodes', data: { id: node.id, type: node.__typename, name: nameOf(node), short: shortName(node), colour: COLOURS[node.__typename] || '#34495e', scorecard: scorecardAddress(node) } });
}

function element(tag, text, className) {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (className) e.className = className;
  return e;
}

async function expand(id) {
  status.textContent = `Loading the neighbourhood of ${id} …`;
  const data = await graphql(NEIGHBOURHOOD, { id });
  if (!data.node) throw new Error(`${id} is not in the graph`);
  addNode(data.node);
  for (const [key, links] of Object.entries(data.node)) {
    if (!/_(OUTGOING|INCOMING)$/.test(key)) continue;
    for (const link of links) {
      addNode(link.node);
      if (cy.getElementById(link.id).nonempty()) continue;
      const [source, target] = link.direction === 'OUTGOING' ? [id, link.node.id] : [link.node.id, id];
      edgeData.set(link.id, { ...link, source, target });
      cy.add({ group: 'edges', data: { id: link.id, source, target, type: link.type } });
    }
  }
  expanded.add(id);
  cy.getElementById(id).addClass('expanded');
  cy.layout({ name: 'cose', animate: false, randomize: false, idealEdgeLength: () => 110, nodeRepulsion: () => 40000, gravity: 0.5 }).run();
  cy.fit(undefined, 30);
  status.textContent = `${cy.nodes().length} nodes, ${cy.edges().length} relationships. Click a node to expand it, click a line to read its evidence.`;
  showNode(id);
}

function showNode(id) {
  const node = cy.getElementById(id);
  selection.replaceChildren(element('h2', node.data('name')));
  const facts = element('dl');
  facts.append(element('dt', 'id'), element('dd', id), element('dt', 'type'), element('dd', node.data('type')),
    element('dt', 'relationships'), element('dd', String(node.connectedEdges().length)));
  selection.append(facts);
  if (node.data('scorecard')) {
    const tracker = element('a', node.data('type') === 'Promise' ? 'This promise in the promise tracker' : 'This clause in the promise tracker', 'scorecard');
    tracker.href = node.data('scorecard');
    const paragraph = element('p');
    paragraph.append(tracker);
    selection.append(paragraph);
  }
}

function showEdge(id) {
  const link = edgeData.get(id);
  const from = cy.getElementById(link.source).data('name');
  const to = cy.getElementById(link.target).data('name');
  selection.replaceChildren(element('h2', link.type), element('p', `${from} → ${to}`));
  if (link.properties.length) {
    const properties = element('dl');
    for (const p of link.properties) properties.append(element('dt', p.name), element('dd', p.value ?? ''));
    selection.append(properties);
  }
  selection.append(element('h3', link.sources.length === 1 ? 'Evidence' : `Evidence (${link.sources.length} quotes)`));
  for (const source of link.sources) {
    const quote = element('blockquote', source.quote, 'evidence');
    selection.append(quote, element('p', `${source.documentId}, character ${source.offset}`, 'source'));
  }
}

function showSuggestions(text, hits) {
  suggestions.hidden = false;
  suggestions.replaceChildren(element('p', `"${text}" was not found.`, 'not-found'));
  if (!hits.length) {
    suggestions.append(element('p', 'Nothing in the graph resembles it; try another spelling or an id such as agency:athumi.'));
    return;
  }
  suggestions.append(element('p', 'Did you mean:'));
  const list = element('ul');
  for (const node of hits) {
    const link = element('a', `${nameOf(node)} (${node.__typename})`);
    link.href = `?name=${encodeURIComponent(node.id)}`;
    const item = element('li');
    item.append(link);
    list.append(item);
  }
  suggestions.append(list);
}

function sameName(text, node) {
  const wanted = text.trim().toLowerCase();
  return [node.id, nameOf(node), ...aliasesOf(node)].some(name => name && name.toLowerCase() === wanted);
}

async function show(node) {
  suggestions.hidden = true;
  cy.elements().remove();
  expanded.clear();
  edgeData.clear();
  await expand(node.id);
}

async function find(text) {
  status.textContent = `Looking for "${text}" …`;
  const data = await graphql(FIND, { text, id: text }, ['UNKNOWN_NODE']);
  const hits = data.search.map(h => h.node);
  const match = data.byId || data.clause || hits.find(node => sameName(text, node));
  if (match) return show(match);
  status.textContent = `"${text}" was not found.`;
  showSuggestions(text, hits);
}

function reportFailure(error) {
  status.textContent = `Something went wrong: ${error.message}`;
}

form.addEventListener('submit', event => {
  event.preventDefault();
  const text = input.value.trim();
  history.replaceState(null, '', `?name=${encodeURIComponent(text)}`);
  find(text).catch(reportFailure);
});

cy.on('tap', 'node', event => {
  const id = event.target.id();
  if (expanded.has(id)) showNode(id);
  else expand(id).catch(reportFailure);
});
cy.on('tap', 'edge', event => showEdge(event.target.id()));

const initial = new URLSearchParams(location.search).get('name');
if (initial) {
  input.value = initial;
  find(initial).catch(reportFailure);
}
