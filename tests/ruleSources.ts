import fs from 'node:fs';
import path from 'node:path';
import {execFileSync} from 'node:child_process';
import ts from 'typescript';

export const REPO = path.resolve(import.meta.dirname, '..');

/** Tracked TypeScript files under the given folders, relative to the repository. */
export function trackedSources(...folders: string[]): string[] {
  return execFileSync('git', ['ls-files', '-z', '--', ...folders], {cwd: REPO, encoding: 'utf8'})
    .split('\0')
    .filter((f) => /\.(ts|tsx|mts)$/.test(f));
}

/**
 * The string literals a file uses as values, from its syntax tree: a rule id in a comment, or as a type like
 * `rule: 'codes/lock' | 'security/secret'`, is not a place that emits the rule.
 */
export function valueStrings(file: string, source = fs.readFileSync(path.join(REPO, file), 'utf8')): Set<string> {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  const found = new Set<string>();
  const visit = (node: ts.Node) => {
    if (ts.isLiteralTypeNode(node)) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.add(node.text);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/**
 * Whether a test file asserts a rule id, read from its syntax tree: the id printed as `[rule-id]` in a string (the
 * shape of an expected error line), a regular expression in an assertion matching that, or the bare id inside an
 * assertion or an expected value. A comment, a test title or a filter like `e.rule === id` does not count.
 */
export function assertsRule(
  file: string,
  id: string,
  source = fs.readFileSync(path.join(REPO, file), 'utf8'),
): boolean {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const printed = `[${id}]`;
  let found = false;
  const texts = (node: ts.Node): string[] => {
    if (ts.isStringLiteralLike(node)) return [node.text];
    if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)];
    return [];
  };
  const inAssertion = (node: ts.Node) => {
    if (texts(node).some((t) => t === id || t.includes(printed))) found = true;
    if (ts.isRegularExpressionLiteral(node) && node.text.replaceAll('\\', '').includes(printed)) found = true;
    ts.forEachChild(node, inAssertion);
  };
  const isAssertion = (node: ts.Node) =>
    (ts.isCallExpression(node) && /^assert\b/.test(node.expression.getText(sf))) ||
    ((ts.isPropertyAssignment(node) || ts.isVariableDeclaration(node)) &&
      /^(expect|want)/i.test(node.name.getText(sf)));
  const visit = (node: ts.Node) => {
    if (found) return;
    if (isAssertion(node)) return inAssertion(node);
    if (ts.isCallExpression(node) && /^test\b/.test(node.expression.getText(sf))) {
      // The title is not an assertion; the body is read on.
      node.arguments.slice(1).forEach(visit);
      return;
    }
    if (texts(node).some((t) => t.includes(printed))) found = true;
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** The title of each `test(...)` call in a file, as written: a template keeps its `${...}` parts. */
export function testTitles(file: string, source = fs.readFileSync(path.join(REPO, file), 'utf8')): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const titles: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'test') {
      const [title] = node.arguments;
      titles.push(title && ts.isStringLiteralLike(title) ? title.text : (title?.getText(sf).slice(1, -1) ?? ''));
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return titles;
}
