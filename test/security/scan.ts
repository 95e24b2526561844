/**
 * Finds dangerous constructs in TypeScript/TSX source by walking its syntax tree (comments and
 * string contents never match): code run from text (eval, new Function, string timers), HTML built
 * from text (innerHTML, outerHTML, insertAdjacentHTML, document.write, dangerouslySetInnerHTML),
 * and the browser's network APIs (fetch, XMLHttpRequest, WebSocket, EventSource, sendBeacon), and
 * imports of Node's network modules. Works on built JavaScript too (ScriptKind.JS).
 */
import * as fs from 'fs';
import * as path from 'path';
import ts from 'typescript';

export type FindingKind = 'eval' | 'html' | 'network';

export interface Finding {
  kind: FindingKind;
  /** What was found, e.g. "eval(…)", "innerHTML =". */
  what: string;
  file: string;
  line: number;
  /** Character offset of the construct in the text. */
  pos: number;
}

const NETWORK_GLOBALS = new Set(['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'RTCPeerConnection', 'importScripts']);
const NETWORK_METHODS = new Set(['sendBeacon']);
const NETWORK_MODULES = new Set(['http', 'https', 'http2', 'net', 'tls', 'dgram', 'undici', 'node-fetch', 'axios', 'ws']);
const HTML_PROPERTIES = new Set(['innerHTML', 'outerHTML']);
const HTML_METHODS = new Set(['insertAdjacentHTML', 'write', 'writeln']);
const TIMERS = new Set(['setTimeout', 'setInterval']);

const nameOf = (e: ts.Expression): string | null =>
  ts.isIdentifier(e) ? e.text : ts.isPropertyAccessExpression(e) ? e.name.text : null;

export function scanSource(text: string, file: string): Finding[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : /\.[cm]?js$/.test(file) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const out: Finding[] = [];
  const add = (k: FindingKind, what: string, node: ts.Node): void => {
    const pos = node.getStart(sf);
    out.push({ kind: k, what, file, line: sf.getLineAndCharacterOfPosition(pos).line + 1, pos });
  };

  const visit = (node: ts.Node): void => {
    const moduleName =
      ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)
        ? node.moduleSpecifier.text
        : ts.isCallExpression(node) && nameOf(node.expression) === 'require' && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])
          ? node.arguments[0].text
          : null;
    if (moduleName !== null && NETWORK_MODULES.has(moduleName.replace(/^node:/, ''))) add('network', `import "${moduleName}"`, node);
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = nameOf(callee);
      if (name === 'eval') add('eval', 'eval(…)', node);
      if (name === 'Function' && ts.isIdentifier(callee)) add('eval', 'Function(…)', node);
      if (name !== null && TIMERS.has(name) && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0]))
        add('eval', `${name}("…")`, node);
      if (name !== null && NETWORK_GLOBALS.has(name)) add('network', `${name}(…)`, node);
      if (name !== null && NETWORK_METHODS.has(name)) add('network', `${name}(…)`, node);
      if (name === 'insertAdjacentHTML') add('html', 'insertAdjacentHTML(…)', node);
      if (
        name !== null &&
        HTML_METHODS.has(name) &&
        name !== 'insertAdjacentHTML' &&
        ts.isPropertyAccessExpression(callee) &&
        nameOf(callee.expression) === 'document'
      )
        add('html', `document.${name}(…)`, node);
    } else if (ts.isNewExpression(node)) {
      const name = nameOf(node.expression);
      if (name === 'Function') add('eval', 'new Function(…)', node);
      if (name !== null && NETWORK_GLOBALS.has(name)) add('network', `new ${name}(…)`, node);
    } else if (ts.isBinaryExpression(node) && node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && node.operatorToken.kind <= ts.SyntaxKind.LastAssignment) {
      const target = node.left;
      if (ts.isPropertyAccessExpression(target) && HTML_PROPERTIES.has(target.name.text)) add('html', `${target.name.text} =`, node);
      if (ts.isElementAccessExpression(target) && ts.isStringLiteralLike(target.argumentExpression) && HTML_PROPERTIES.has(target.argumentExpression.text))
        add('html', `[${target.argumentExpression.text}] =`, node);
    } else if (ts.isJsxAttribute(node) && ts.isIdentifier(node.name) && node.name.text === 'dangerouslySetInnerHTML') {
      add('html', 'dangerouslySetInnerHTML', node);
    } else if (ts.isPropertyAssignment(node) && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)) && node.name.text === 'dangerouslySetInnerHTML') {
      add('html', 'dangerouslySetInnerHTML', node);
    } else if (ts.isIdentifier(node) && NETWORK_GLOBALS.has(node.text) && node.text !== 'fetch' && !ts.isPropertyAccessExpression(node.parent)) {
      // A reference without a call (e.g. `const X = XMLHttpRequest`) still reaches for the network.
      const callee = (ts.isCallExpression(node.parent) || ts.isNewExpression(node.parent)) && node.parent.expression === node;
      if (!callee) add('network', node.text, node);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** Every .ts/.tsx file under a folder (declaration files left out). */
export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(p);
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return out.sort();
}

export function scanFiles(files: readonly string[], root: string): Finding[] {
  return files.flatMap((f) => scanSource(fs.readFileSync(f, 'utf8'), path.relative(root, f)));
}
