import {createRequire} from 'node:module';
import {visit} from 'unist-util-visit';
import {Prism, normalizeTokens} from 'prism-react-renderer';
import type {Code, Root} from 'mdast';

const require = createRequire(import.meta.url);

/** One highlighted line: [token types joined by spaces, text, 1 when the token is an empty line]. */
export type TokenLine = [string, string, number?][];

let loaded = '';
/** Prism grammars beyond prism-react-renderer's own, registered once, as the classic theme does in the browser. */
function loadLanguages(languages: string[]) {
  const key = languages.join(',');
  if (loaded === key) return;
  const g = globalThis as {Prism?: unknown};
  const before = g.Prism;
  g.Prism = Prism;
  for (const lang of languages) require(`prismjs/components/prism-${lang}`);
  if (before === undefined) delete g.Prism;
  else g.Prism = before;
  loaded = key;
}

/** Tokens of one code block as the browser would compute them; undefined when there is nothing to colour. */
export function tokenize(code: string, language: string): TokenLine[] | undefined {
  const grammar = Prism.languages[language];
  // text, plaintext and friends are empty grammars: the browser shows them as plain lines without any tokens.
  if (!grammar || !Object.keys(grammar).length) return undefined;
  const env = {code, grammar, language, tokens: [] as unknown[]};
  Prism.hooks.run('before-tokenize', env);
  env.tokens = Prism.tokenize(code, grammar);
  Prism.hooks.run('after-tokenize', env);
  // An empty line comes back as one "\n" token; the theme's Line component shows it as "" (fixLineBreak).
  return normalizeTokens(env.tokens as Parameters<typeof normalizeTokens>[0]).map((line) =>
    line.map((t): [string, string, number?] => {
      const content = line.length === 1 && t.content === '\n' ? '' : t.content;
      return t.empty ? [t.types.join(' '), content, 1] : [t.types.join(' '), content];
    }),
  );
}

/**
 * Syntax highlighting at build time: each fenced block carries its Prism tokens to the code block component
 * (src/theme/CodeBlock/Content), so Prism (about 30 KB gzip) never ships to readers. Blocks with line
 * highlighting in the meta string or magic comments keep the plain, unhighlighted rendering.
 */
export default function remarkCodeTokens(options: {languages?: string[]} = {}) {
  loadLanguages(options.languages ?? []);
  return (tree: Root) => {
    visit(tree, 'code', (node: Code) => {
      if (!node.lang || node.lang === 'mermaid') return;
      if (/\{[\d,\s-]+\}/.test(node.meta ?? '') || /highlight-(next-line|start|end)/.test(node.value)) return;
      const tokens = tokenize(node.value, node.lang.toLowerCase());
      if (!tokens) return;
      const data = (node.data ??= {}) as {hProperties?: Record<string, unknown>};
      data.hProperties = {...data.hProperties, tokens: JSON.stringify(tokens)};
    });
  };
}
