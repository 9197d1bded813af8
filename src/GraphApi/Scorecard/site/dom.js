'use strict';
// Builds the page from text only (textContent, never HTML), so that no corpus text can inject markup.

function element(tag, text, className) {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (className) e.className = className;
  return e;
}

function link(text, href, className) {
  const a = element('a', text, className);
  a.href = href;
  return a;
}
