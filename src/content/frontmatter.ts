import {isMap, isPair, isScalar, LineCounter, parseDocument, type Document} from 'yaml';

const MAX_ALIAS_COUNT = 50;

export interface ParsedYaml {
  data: unknown;
  /** 1-based line in the whole file of the value at `path`, or of its nearest existing parent. */
  lineOf(path: readonly PropertyKey[], opts?: {key?: boolean}): number;
  syntaxErrors: {line: number; message: string}[];
}

/**
 * The one YAML reader for content (frontmatter and YAML code blocks).
 * The `yaml` package keeps dates as strings (YAML 1.2 core schema), so "2026-11-20" and 2026-11-20 read alike.
 * `firstLine` is the file line where the YAML text starts.
 */
export function parseYaml(text: string, firstLine: number): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {lineCounter, uniqueKeys: true, prettyErrors: false});
  const toFileLine = (offset: number) => firstLine + lineCounter.linePos(offset).line - 1;
  const syntaxErrors = [...doc.errors, ...doc.warnings].map((e) => ({
    line: toFileLine(e.pos[0]),
    message: e.message.split('\n')[0],
  }));
  let data: unknown;
  if (!doc.errors.length) {
    try {
      // Alias expansion is where a few lines of YAML become gigabytes; the library stops it and we report it.
      data = doc.toJS({maxAliasCount: MAX_ALIAS_COUNT});
    } catch (err) {
      syntaxErrors.push({
        line: firstLine,
        message: `${(err as Error).message.split('\n')[0]} (anchors and aliases expand past ${MAX_ALIAS_COUNT})`,
      });
    }
  }
  return {
    data,
    syntaxErrors,
    lineOf: (path, opts) => lineOfPath(doc, path, opts?.key ?? false, toFileLine, firstLine),
  };
}

function lineOfPath(
  doc: Document,
  path: readonly PropertyKey[],
  key: boolean,
  toFileLine: (offset: number) => number,
  fallback: number,
): number {
  let node: unknown = doc.contents;
  let line = fallback;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const isLast = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === segment);
      if (!pair) return line;
      const keyRange = (pair.key as {range?: [number, number, number]}).range;
      if (keyRange) line = toFileLine(keyRange[0]);
      if (isLast && key) return line;
      node = pair.value;
    } else if (node && typeof node === 'object' && 'items' in node && typeof segment === 'number') {
      node = (node as {items: unknown[]}).items[segment];
    } else {
      return line;
    }
    const range = (node as {range?: [number, number, number]} | null)?.range;
    if (range) line = toFileLine(range[0]);
  }
  return line;
}
