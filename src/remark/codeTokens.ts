import {createRequire} from 'node:module';
import {visit} from 'unist-util-visit';
import {Prism, normalizeTokens} from 'prism-react-renderer';
import type {Code, Root} from 'mdast';
import {diskTokenCache, tokenCacheKey, type TokenCache} from './tokenCache';

const require = createRequire(import.meta.url);

/** Bumped when tokenize's output changes shape, so no build reads tokens an older version wrote. */
const TOKENS_FORMAT = 1;
const versionOf = (pkg: string) => (require(`${pkg}/package.json`) as {version: string}).version;

/** What the tokens of a block depend on besides its language and code: the grammars and who wrote them. */
export function grammarSet(languages: readonly string[]): string {
  return JSON.stringify([
    TOKENS_FORMAT,
    versionOf('prism-react-renderer'),
    versionOf('prismjs'),
    [...languages].sort(),
  ]);
}

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

// text, plaintext and friends are empty grammars: the browser shows them as plain lines without any tokens.
const colours = (language: string) => Object.keys(Prism.languages[language] ?? {}).length > 0;

/** Tokens of one code block as the browser would compute them; undefined when there is nothing to colour. */
export function tokenize(code: string, language: string): TokenLine[] | undefined {
  if (!colours(language)) return undefined;
  const grammar = Prism.languages[language];
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
 * Tokens are kept between builds (tokenCache.ts); `cache: false` tokenizes every block.
 */
export default function remarkCodeTokens(options: {languages?: string[]; cache?: TokenCache | false} = {}) {
  const languages = options.languages ?? [];
  loadLanguages(languages);
  const cache = options.cache === undefined ? diskTokenCache() : options.cache;
  const grammars = grammarSet(languages);
  const tokensText = (code: string, language: string): string | undefined => {
    if (!colours(language)) return undefined;
    const key = cache ? tokenCacheKey(language, code, grammars) : '';
    const hit = cache ? cache.get(key) : undefined;
    if (hit !== undefined) return hit;
    const tokens = tokenize(code, language);
    if (!tokens) return undefined;
    const text = JSON.stringify(tokens);
    if (cache) cache.set(key, text);
    return text;
  };
  return (tree: Root) => {
    visit(tree, 'code', (node: Code) => {
      if (!node.lang || node.lang === 'mermaid') return;
      if (/\{[\d,\s-]+\}/.test(node.meta ?? '') || /highlight-(next-line|start|end)/.test(node.value)) return;
      const tokens = tokensText(node.value, node.lang.toLowerCase());
      if (tokens === undefined) return;
      const data = (node.data ??= {}) as {hProperties?: Record<string, unknown>};
      data.hProperties = {...data.hProperties, tokens};
    });
  };
}
