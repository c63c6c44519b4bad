import {contentError, type ContentError} from '../errors';
import type {AnyRecord} from '../records';
import type {RuleId} from '../rules';
import {markdownProcessor} from '../markdown';
import {CONTENT_COMPONENTS} from '../components';
import {allowedAttributes, BUILD_ONLY_ELEMENTS, SAFE_ELEMENTS} from '../html';

type Pos = {start: {line: number}};
type Estree = {body: {type: string; loc?: Pos; start?: number; end?: number}[]};
type MdxNode = {
  type: string;
  name?: string | null;
  value?: string;
  position?: Pos;
  attributes?: {type: string; name?: string; value?: unknown; position?: Pos}[];
  data?: {estree?: Estree};
  children?: MdxNode[];
};
type Import = {
  type: 'ImportDeclaration';
  specifiers: {type: string; local: {name: string}}[];
  source: {value: string};
  attributes?: unknown[];
  loc?: Pos;
};

const ESM_FIX =
  "import a component listed in src/content/components.ts, under its own name, from its exact path (import Tabs from '@theme/Tabs')";
const EXPRESSION_FIX = 'write it as text; in .mdx the only {…} allowed is a comment, {/* like this */}';
const ELEMENT_FIX = 'use Markdown, a plain HTML element or a component listed in src/content/components.ts';

const short = (s: string) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return JSON.stringify(one.length > 60 ? `${one.slice(0, 57)}...` : one);
};

/** The one import form allowed: `import Name from 'exact/path'`, Name a registered component of that path. */
function registeredImport(stmt: Import): string | undefined {
  const [spec, ...more] = stmt.specifiers;
  if (more.length || spec?.type !== 'ImportDefaultSpecifier' || stmt.attributes?.length) return undefined;
  const name = spec.local.name;
  return Object.hasOwn(CONTENT_COMPONENTS, name) && CONTENT_COMPONENTS[name].path === stmt.source.value
    ? name
    : undefined;
}

/**
 * MDX is markup here, not code: whatever an .mdx page writes as JavaScript runs in Node when the site is built
 * (with the build machine's files and environment) and again in every reader's browser, where no CSP applies to
 * the page's own bundle. So the syntax tree may hold only imports of registered components, comments, and
 * elements that are safe HTML or registered components with the string props they declare.
 */
export function checkMdx(record: AnyRecord): ContentError[] {
  if (!record.file.endsWith('.mdx')) return [];
  let tree: MdxNode;
  try {
    tree = markdownProcessor(true).parse(record.source) as unknown as MdxNode;
  } catch {
    return []; // files/syntax already reported it.
  }
  const errors: ContentError[] = [];
  const err = (line: number, field: string, message: string, fix: string, rule: RuleId) =>
    errors.push(contentError({file: record.file, line, field, message, fix, rule}));
  const imported = new Set<string>();
  // Names a refused import brought in: using them is the same mistake, already reported once.
  const refused = new Set<string>();
  for (const node of tree.children ?? []) {
    if (node.type !== 'mdxjsEsm') continue;
    for (const stmt of node.data?.estree?.body ?? []) {
      const at = stmt.loc?.start.line ?? node.position?.start.line ?? 1;
      const text = record.source.slice(stmt.start, stmt.end);
      const isImport = stmt.type === 'ImportDeclaration';
      const name = isImport ? registeredImport(stmt as unknown as Import) : undefined;
      if (name) {
        imported.add(name);
        continue;
      }
      if (isImport) for (const spec of (stmt as unknown as Import).specifiers) refused.add(spec.local.name);
      const found = isImport
        ? `${short(text)}, which is not a registered component under its own name and path`
        : `${short(text)}, JavaScript that runs at build time and in the browser`;
      err(at, '(body) import', `expected only imports of registered components, found ${found}`, ESM_FIX, 'mdx/esm');
    }
  }

  const walk = (node: MdxNode) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      const code = node.data?.estree ? node.data.estree.body.length > 0 : !/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value!);
      if (code)
        err(
          line,
          '(body) {…}',
          `expected text or a {/* comment */}, found the expression {${short(node.value ?? '').slice(1, -1)}}, JavaScript that runs at build time and in the browser`,
          EXPRESSION_FIX,
          'mdx/expression',
        );
      return;
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      if (refused.has(node.name ?? '')) return;
      const found = checkElement(record.file, node, imported);
      errors.push(...found);
      // Inside a refused element nothing renders as written; one error for the element is the whole mistake.
      if (found.some((e) => e.rule === 'mdx/element')) return;
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return errors;
}

function checkElement(file: string, node: MdxNode, imported: Set<string>): ContentError[] {
  const line = node.position?.start.line ?? 1;
  const name = node.name ?? '';
  const field = `(body) <${name}>`;
  const elementError = (found: string, fix = ELEMENT_FIX) => [
    contentError({
      file,
      line,
      field,
      message: `expected Markdown, a plain HTML element or a registered component, found ${found}`,
      fix,
      rule: 'mdx/element',
    }),
  ];
  const component = Object.hasOwn(CONTENT_COMPONENTS, name) ? CONTENT_COMPONENTS[name] : undefined;
  let props: (attr: string) => 'text' | readonly string[] | undefined;
  if (component) {
    if (!imported.has(name))
      return elementError(`<${name}> without its import`, `add import ${name} from '${component.path}'; at the top`);
    props = (attr) => (Object.hasOwn(component.props, attr) ? component.props[attr] : undefined);
  } else if (SAFE_ELEMENTS.has(name)) {
    const allowed = allowedAttributes(name);
    props = (attr) => (allowed.includes(attr) ? 'text' : undefined);
  } else if (!name) {
    return elementError('a fragment <>…</>');
  } else if (Object.hasOwn(BUILD_ONLY_ELEMENTS, name.toLowerCase())) {
    return elementError(`<${name}>, which only the build emits (from ${BUILD_ONLY_ELEMENTS[name.toLowerCase()]})`);
  } else {
    return elementError(`<${name}>, which is neither`);
  }
  const errors: ContentError[] = [];
  for (const a of node.attributes ?? []) {
    const at = a.position?.start.line ?? line;
    const attrError = (found: string, fix: string) =>
      errors.push(
        contentError({
          file,
          line: at,
          field,
          message: `expected string attributes <${name}> declares, found ${found}`,
          fix,
          rule: 'mdx/attribute',
        }),
      );
    const declared = component ? Object.keys(component.props) : allowedAttributes(name);
    const list = declared.length ? `use one of: ${declared.join(', ')}` : `<${name}> takes no attributes`;
    if (a.type !== 'mdxJsxAttribute' || !a.name) {
      attrError(`the spread {${short(String(a.value ?? '')).slice(1, -1)}}, which runs as JavaScript`, list);
      continue;
    }
    const allowed = props(a.name);
    if (/^on/i.test(a.name) || a.name === 'style' || a.name === 'dangerouslySetInnerHTML' || !allowed) {
      attrError(`${a.name}=, which <${name}> does not declare for content`, list);
    } else if (a.value !== null && a.value !== undefined && typeof a.value !== 'string') {
      attrError(`${a.name}={…}, an expression that runs as JavaScript`, `write ${a.name}="text"`);
    } else if (Array.isArray(allowed) && !allowed.includes(a.value ?? '')) {
      attrError(`${a.name}=${JSON.stringify(a.value ?? true)}`, `use one of: ${allowed.join(', ')}`);
    }
  }
  return errors;
}
