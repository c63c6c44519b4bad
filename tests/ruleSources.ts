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

/** Every string literal, with its line, that sits inside an assertion or an expected value of a test file. */
export function assertedStrings(file: string, source = fs.readFileSync(path.join(REPO, file), 'utf8')): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const collect = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node)) found.push(node.text);
    else if (ts.isTemplateExpression(node)) {
      found.push(node.head.text, ...node.templateSpans.map((s) => s.literal.text));
    }
    ts.forEachChild(node, collect);
  };
  const isAssert = (call: ts.CallExpression) => {
    const callee = call.expression.getText(sf);
    return /^assert(\.\w+)?$/.test(callee) || /^(t\.)?assert\./.test(callee) || callee === 'expectLines';
  };
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && isAssert(node)) return collect(node);
    if (ts.isPropertyAssignment(node) && /^(expect|expected|want)$/i.test(node.name.getText(sf)))
      return collect(node.initializer);
    if (ts.isVariableDeclaration(node) && /^(expect|expected|want)/i.test(node.name.getText(sf)) && node.initializer)
      return collect(node.initializer);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}
