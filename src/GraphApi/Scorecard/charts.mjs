// What the page needs of Vega: compile a Vega-Lite spec, parse it to an AST only and run it with the expression
// interpreter, so that the page works under a Content-Security-Policy without 'unsafe-eval'.
export { parse, View } from 'vega';
export { compile } from 'vega-lite';
export { expressionInterpreter } from 'vega-interpreter';
