'use strict';
// Lists the queries of examples.graphql: blocks separated by a blank line, each a "# description" line
// followed by one named operation.

function parseExamples(text) {
  return text.replace(/\r\n/g, '\n').split(/\n\s*\n(?=#)/).map(block => block.trim()).filter(Boolean).map(block => {
    const [first, ...rest] = block.split('\n');
    const query = rest.join('\n');
    return { description: first.replace(/^#\s*/, ''), name: (/^query\s+(\w+)/m.exec(query) || [])[1] || 'Example', query };
  });
}

function element(tag, text, className) {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (className) e.className = className;
  return e;
}

async function list() {
  const container = document.getElementById('examples');
  const examples = parseExamples(await (await fetch('examples.graphql')).text());
  for (const example of examples) {
    const article = element('article');
    article.id = example.name;
    const run = element('button', 'Run');
    const copy = element('button', 'Copy');
    const query = element('pre', example.query);
    const result = element('pre', undefined, 'result');
    // Long lines scroll sideways: focusable, so that the keyboard can scroll them too.
    query.tabIndex = result.tabIndex = 0;
    result.hidden = true;
    run.type = copy.type = 'button';
    run.addEventListener('click', async () => {
      result.hidden = false;
      result.textContent = 'Running …';
      try { result.textContent = JSON.stringify(await graphql(example.query), null, 2); }
      catch (error) { result.textContent = `Error: ${error.message}`; }
    });
    copy.addEventListener('click', () => navigator.clipboard.writeText(example.query).then(() => { copy.textContent = 'Copied'; }));
    article.append(element('h2', example.name), element('p', example.description), query, run, copy, result);
    container.append(article);
  }
}

list().catch(error => { document.getElementById('examples').textContent = `The examples could not be read: ${error.message}`; });
