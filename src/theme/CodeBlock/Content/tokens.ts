import {createContext, useContext, type CSSProperties} from 'react';
import type {PrismTheme} from 'prism-react-renderer';

/** One highlighted line from build time (src/remark/codeTokens.ts): [types, text, empty?] per token. */
export type TokenLine = [string, string, number?][];
export interface Token {
  types: string[];
  content: string;
  empty?: boolean;
}

export const BuildTokensContext = createContext<TokenLine[] | undefined>(undefined);
export const useBuildTokens = () => useContext(BuildTokensContext);

export function parseTokens(json: unknown): TokenLine[] | undefined {
  if (typeof json !== 'string') return undefined;
  try {
    return JSON.parse(json) as TokenLine[];
  } catch {
    return undefined;
  }
}

/** Build-time tokens when they spell exactly the code shown, else the code as plain lines. */
export function linesFor(code: string, built: TokenLine[] | undefined): Token[][] {
  const fromBuild = built?.map((line) =>
    line.map(([types, content, empty]) => ({types: types.split(' '), content, ...(empty ? {empty: true} : {})})),
  );
  if (fromBuild && fromBuild.map((l) => l.map((t) => t.content).join('')).join('\n') === code) return fromBuild;
  return code.split('\n').map((content) => [{types: ['plain'], content, ...(content ? {} : {empty: true})}]);
}

type Dict = Record<string, CSSProperties>;

/** The Prism theme as styles per token type, the same way prism-react-renderer applies it. */
export function themeDict(theme: PrismTheme, language: string): Dict {
  const dict: Dict = {};
  for (const entry of theme.styles) {
    if (entry.languages && !entry.languages.includes(language)) continue;
    for (const type of entry.types) dict[type] = {...dict[type], ...(entry.style as CSSProperties)};
  }
  dict.root = theme.plain as CSSProperties;
  dict.plain = {...(theme.plain as CSSProperties), backgroundColor: undefined};
  return dict;
}

export function tokenStyle(dict: Dict, {types, empty}: Token): CSSProperties | undefined {
  if (types.length === 1 && types[0] === 'plain') return empty ? {display: 'inline-block'} : undefined;
  if (types.length === 1 && empty) return dict[types[0]];
  return Object.assign(empty ? {display: 'inline-block'} : {}, ...types.map((t) => dict[t]));
}
