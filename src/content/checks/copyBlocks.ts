import {contentError, type ContentError} from '../errors';
import type {CodeBlock} from '../markdown';
import {sentences} from '../prose';
import type {AnyRecord} from '../records';
import {DESTRUCTIVE_COMMANDS, type DestructiveCommand} from '../destructiveCommands';

/**
 * Copy-block safety. An operator on a phone copies a whole block and pastes it; every line runs, in order. So a
 * block that runs a destructive command must be safe to paste as it stands:
 * - it takes no value from an unfilled `<placeholder>` (the placeholder line "sets" a literal `<name>`, or a
 *   command fails, and the destructive line runs anyway);
 * - a variable the destructive command uses comes from this block or is checked with `${VAR:?}`, so a paste into
 *   a fresh shell stops instead of running `rm -rf "/db"`;
 * - the condition that makes it safe is written before the block, where it is read before the paste.
 * The commands that count are the data in src/content/destructiveCommands.ts.
 */

const POSIX = new Set(['bash', 'sh', 'shell', 'zsh', 'console']);
const POWERSHELL = new Set(['powershell', 'ps1', 'pwsh', 'ps']);
/** The pages operators and champions paste from under pressure. */
const PASTED_FROM = new Set(['runbook', 'faq']);

/** `<name>`, `<snapshot-time, e.g. 2026-11-24T02:00:00Z>`; not `<<EOF`, `<(cmd)` or `<in >out` redirects. */
const PLACEHOLDER = /(?<![<\w])<([A-Za-z](?:[^<>\n]*[^<>\s])?)>/;
/** Variables the shell or the login sets: a block may use them without checking. */
const ENVIRONMENT = new Set(['HOME', 'USER', 'LOGNAME', 'PWD', 'PATH', 'SHELL', 'TMPDIR', 'HOSTNAME', 'UID']);

interface Line {
  /** The command text with comments removed and continuation lines joined. */
  text: string;
  /** Index of its first source line in the block. */
  index: number;
  /** A heredoc body is data that may hold a placeholder; console output is neither command nor value. */
  kind: 'command' | 'heredoc' | 'output';
}

type Destructive = DestructiveCommand & {text: string};

export interface BlockFinding {
  command: Destructive;
  /** Line index in the block of the first destructive command. */
  index: number;
  placeholder?: {text: string; index: number};
  unchecked?: {variables: string[]; index: number; command: Destructive};
}

/** Cuts an unquoted `#` comment; quotes are tracked so `'a # b'` and `${#x}` survive. */
function stripComment(line: string): string {
  let single = false;
  let double = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '\\' && !single) i++;
    else if (c === "'" && !double) single = !single;
    else if (c === '"' && !single) double = !double;
    else if (c === '#' && !single && !double && (i === 0 || /\s/.test(line[i - 1]))) return line.slice(0, i);
  }
  return line;
}

function logicalLines(block: CodeBlock, powershell: boolean): Line[] {
  const raw = block.value.split('\n');
  const out: Line[] = [];
  const console = block.lang === 'console';
  let heredoc: string | undefined;
  for (let i = 0; i < raw.length; i++) {
    let source = raw[i];
    if (heredoc !== undefined) {
      out.push({text: source, index: i, kind: 'heredoc'});
      if (source.trim() === heredoc) heredoc = undefined;
      continue;
    }
    if (console) {
      const prompt = /^\s*(?:\$|PS [^>]*>)\s?/.exec(source);
      if (!prompt) {
        out.push({text: source, index: i, kind: 'output'});
        continue;
      }
      source = source.slice(prompt[0].length);
    }
    const start = i;
    let text = stripComment(source);
    const continues = powershell ? /`\s*$/ : /\\\s*$/;
    while (continues.test(text) && i + 1 < raw.length) {
      text = `${text.replace(continues, ' ')}${stripComment(raw[++i])}`;
    }
    const marker = powershell ? undefined : /<<-?\s*(['"]?)([A-Za-z_]\w*)\1/.exec(text);
    if (marker) heredoc = marker[2];
    out.push({text, index: start, kind: 'command'});
  }
  return out;
}

/** Splits a command line where a new command starts: `;`, `&&`, `||`, `|`, `&`, `$(`, outside quotes. */
function commandStarts(text: string): string[] {
  const parts: string[] = [];
  let single = false;
  let double = false;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && !single) i++;
    else if (c === "'" && !double) single = !single;
    else if (c === '"' && !single) double = !double;
    else if (!single && c === '$' && text[i + 1] === '(') {
      parts.push(text.slice(from, i));
      from = i + 2;
      i++;
    } else if (!single && !double && (c === ';' || c === '|' || c === '&' || c === '(')) {
      parts.push(text.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(text.slice(from));
  return parts.map(stripPrefixes).filter(Boolean);
}

/** What stands before the command itself: keywords, `sudo`, `xargs`, `VAR=value` prefixes. */
const PREFIX =
  /^(?:sudo(?:\s+-\S+)*|xargs(?:\s+-\S+)*|do|then|else|time|exec|command|nohup|env|!|\{|&|[A-Za-z_]\w*=(?:"[^"]*"|'[^']*'|\S*))\s+/;
function stripPrefixes(segment: string): string {
  let s = segment.trim();
  for (let m = PREFIX.exec(s); m; m = PREFIX.exec(s)) s = s.slice(m[0].length).trimStart();
  return s;
}

/** The destructive command a line runs, with its text as written (shortened) for the error. */
function destructiveIn(line: Line): Destructive | undefined {
  if (line.kind !== 'command') return undefined;
  const starts = commandStarts(line.text);
  const command = DESTRUCTIVE_COMMANDS.find((d) =>
    d.at === 'line' ? d.pattern.test(line.text) : starts.some((s) => d.pattern.test(s)),
  );
  const text = line.text.trim().replace(/\s+/g, ' ');
  return command && {...command, text: text.length > 60 ? `${text.slice(0, 57)}...` : text};
}

/** `$VAR` and `${VAR...}` outside single quotes, with whether the reference itself checks or defaults it. */
function references(text: string): {name: string; safe: boolean}[] {
  const out: {name: string; safe: boolean}[] = [];
  const unquoted = text.replace(/'[^']*'/g, "''");
  for (const m of unquoted.matchAll(/\$(?:\{([A-Za-z_]\w*)(:?[?\-=+])?|([A-Za-z_]\w*))/g)) {
    out.push({name: m[1] ?? m[3], safe: m[2] !== undefined});
  }
  return out;
}

/** Names a line gives a value: assignments, `for X in`, `read X Y`, `export X=`. */
function assigned(text: string): string[] {
  const names = [...text.matchAll(/(?:^|[\s;&|({])(?:export\s+|local\s+|readonly\s+)?([A-Za-z_]\w*)=/g)].map(
    (m) => m[1],
  );
  for (const m of text.matchAll(/\bfor\s+([A-Za-z_]\w*)\s+in\b/g)) names.push(m[1]);
  for (const m of text.matchAll(/\bread\s+((?:-\S+\s+)*)((?:[A-Za-z_]\w*\s*)+)/g))
    names.push(...m[2].trim().split(/\s+/));
  return names;
}

/** The first destructive command of a block and what makes pasting it unsafe; undefined if it runs none. */
export function inspectBlock(block: CodeBlock): BlockFinding | undefined {
  const lang = (block.lang ?? '').toLowerCase();
  const powershell = POWERSHELL.has(lang);
  if (!powershell && !POSIX.has(lang)) return undefined;
  const lines = logicalLines(block, powershell);
  let finding: BlockFinding | undefined;
  const given = new Set<string>();
  for (const line of lines) {
    // Names the line itself gives (`for T in ...; do rm "$T"; done`) count: a one-line loop sets before it uses.
    if (!powershell && line.kind === 'command') {
      for (const name of assigned(line.text)) given.add(name);
      // `: "${VAR:?set VAR first}"` (or any `${VAR:?}`) makes the rest of the block refuse to run without it.
      for (const r of references(line.text)) if (r.safe) given.add(r.name);
    }
    const command = destructiveIn(line);
    if (command) {
      finding ??= {command, index: line.index};
      if (!powershell && !finding.unchecked) {
        const variables = [
          ...new Set(
            references(line.text)
              .filter((r) => !r.safe && !given.has(r.name) && !ENVIRONMENT.has(r.name))
              .map((r) => r.name),
          ),
        ];
        if (variables.length) finding.unchecked = {variables, index: line.index, command};
      }
    }
  }
  if (!finding) return undefined;
  for (const line of lines) {
    const m = line.kind === 'output' ? null : PLACEHOLDER.exec(line.text);
    if (m) {
      finding.placeholder = {text: m[0], index: line.index};
      break;
    }
  }
  return finding;
}

const CONDITION =
  /\bonly (?:if|after|when|once)\b|^(?:before|first)\b|^(?:make sure|check that|confirm that|ensure)\b/i;

function fileLine(block: CodeBlock, index: number) {
  return block.line + 1 + index;
}

export function checkCopyBlocks(record: AnyRecord): ContentError[] {
  if (!PASTED_FROM.has(record.type)) return [];
  const errors: ContentError[] = [];
  for (const block of record.codeBlocks) {
    const finding = inspectBlock(block);
    if (!finding) continue;
    const field = `(code block ${block.lang})`;
    const {command, placeholder, unchecked} = finding;
    if (placeholder) {
      const where =
        placeholder.index === finding.index ? 'on the same line' : `at line ${fileLine(block, placeholder.index)}`;
      errors.push(
        contentError({
          file: record.file,
          line: fileLine(block, finding.index),
          field,
          message: `expected a block that runs \`${command.text}\` (${command.kind}) to take no value from a placeholder, found "${placeholder.text}" ${where}`,
          fix: `fill the value in an earlier block of its own (with the check that it is right), and start this block with : "\${VAR:?set VAR first}"`,
          rule: 'blocks/destructive-placeholder',
        }),
      );
    }
    if (unchecked) {
      const list = unchecked.variables.map((v) => `$${v}`).join(', ');
      errors.push(
        contentError({
          file: record.file,
          line: fileLine(block, unchecked.index),
          field,
          message: `expected \`${unchecked.command.text}\` to use only variables its block sets or checks, found ${list}, which a paste into a new shell leaves empty`,
          fix: `add : "\${${unchecked.variables[0]}:?set ${unchecked.variables[0]} first}" at the top of the block, or write \${${unchecked.variables[0]}:?} where it is used`,
          rule: 'blocks/destructive-unchecked',
        }),
      );
    }
    const after = conditionAfter(record, block);
    if (after) {
      errors.push(
        contentError({
          file: record.file,
          line: after.line,
          field: '(body)',
          message: `expected the condition that makes the block at line ${block.line} (\`${command.text}\`) safe to stand before it, found "${after.text}" after it`,
          fix: 'move the sentence above the block, or make the check a block of its own before it',
          rule: 'blocks/destructive-condition-after',
        }),
      );
    }
  }
  return errors;
}

/** The first sentence of the paragraph right after the block, if it states a condition for running it. */
function conditionAfter(record: AnyRecord, block: CodeBlock) {
  const end = block.line + block.value.split('\n').length + 1;
  const next = record.prose.find((p) => (p.segments[0]?.line ?? 0) > end);
  if (!next || next.segments[0].line > end + 2) return undefined;
  const first = sentences(next)[0];
  if (!first || !CONDITION.test(first.text)) return undefined;
  return {line: first.line, text: first.text.length > 80 ? `${first.text.slice(0, 77)}...` : first.text};
}
