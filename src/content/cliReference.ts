import {parseMarkdown} from './markdown';

export const CLI_REFERENCE_FILE = 'docs/reference/cli.md';

/** One documented command: its words after `aibox` and every flag its usage block lists. */
export interface CliCommand {
  command: string;
  flags: string[];
  line: number;
}

/**
 * Reads the commands and flags from the CLI reference. Each command is an H2 heading `aibox <command>`;
 * its first code block is the usage synopsis, which lists every flag (`aibox start [--project <dir>]`).
 */
export function parseCliReference(source: string): CliCommand[] {
  const {headings, codeBlocks} = parseMarkdown(source, false);
  const sections = headings.filter((h) => h.depth === 2);
  const commands: CliCommand[] = [];
  sections.forEach((h, i) => {
    const m = /^aibox ([a-z]+(?: [a-z]+)*)$/.exec(h.text.trim());
    if (!m) return;
    const end = sections[i + 1]?.line ?? Infinity;
    const usage = codeBlocks.find((b) => b.line > h.line && b.line < end);
    const flags = usage ? [...new Set(usage.value.match(/--[a-z][a-z-]*/g) ?? [])].sort() : [];
    commands.push({command: m[1], flags, line: h.line});
  });
  return commands;
}

/** The documented command a command line runs (longest match, so `creds status` wins over `creds`), or undefined. */
export function matchCliCommand(commandLine: string, commands: readonly CliCommand[]): CliCommand | undefined {
  const words = commandLine.trim().split(/\s+/);
  if (words[0] !== 'aibox') return undefined;
  const rest = words.slice(1).join(' ');
  return [...commands]
    .sort((a, b) => b.command.length - a.command.length)
    .find((c) => rest === c.command || rest.startsWith(`${c.command} `));
}

/** Flags on a command line, without values: `--project ~/src/x` gives `--project`. */
export const flagsOf = (commandLine: string): string[] => commandLine.match(/(?<=^|\s)--[a-z][a-z-]*/g) ?? [];
