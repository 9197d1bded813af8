'use strict';
// The scorecard as CSV (RFC 4180, UTF-8, comma-separated): one row per promise and piece of evidence, one row for a
// promise without evidence. Several quotes of one decision share a cell, separated by " | ".

function csvCell(value) {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function scorecardRows(clause) {
  const rows = [];
  for (const promise of clause.promises) {
    const verdict = promise.fulfilment;
    const common = [clause.number, promise.ordinal, promise.text, verdict.status, verdict.rule.name];
    if (!verdict.evidence.length) rows.push([...common, '', '', '', '', '', '', '', '', '']);
    for (const e of verdict.evidence)
      rows.push([...common, e.decision.id, e.decision.title, e.date || '', e.kind, e.step, e.stance || '', e.strength || '',
        e.quotes.map(q => q.quote).join(' | '), e.decision.themisUri || '']);
  }
  return rows;
}

function scorecardCsv(clause) {
  return [LABELS.csvColumns, ...scorecardRows(clause)].map(row => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
