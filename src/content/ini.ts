/**
 * Reads the INI dialect of `.wslconfig` and `wsl.conf` code blocks: `[section]`, `key=value`, `#` comments.
 * Returns the sections and the line of every key, so schema errors point at the line in the page.
 */
export function parseIni(
  text: string,
  firstLine: number,
): {
  data: Record<string, Record<string, string>>;
  lines: Map<string, number>;
  errors: {line: number; message: string}[];
} {
  const data: Record<string, Record<string, string>> = {};
  const lines = new Map<string, number>();
  const errors: {line: number; message: string}[] = [];
  let section: string | undefined;
  text.split('\n').forEach((raw, i) => {
    const line = firstLine + i;
    const s = raw.trim();
    if (!s || s.startsWith('#') || s.startsWith(';')) return;
    const header = /^\[([A-Za-z0-9_.-]+)\]$/.exec(s);
    if (header) {
      section = header[1];
      data[section] ??= {};
      lines.set(section, line);
      return;
    }
    const pair = /^([A-Za-z0-9_.-]+)\s*=\s*(.*)$/.exec(s);
    if (!pair) return void errors.push({line, message: `expected "[section]" or "key=value", found "${s}"`});
    if (!section) return void errors.push({line, message: `expected a [section] before "${s}"`});
    data[section][pair[1]] = pair[2].replace(/\s+#.*$/, '');
    lines.set(`${section}.${pair[1]}`, line);
  });
  return {data, lines, errors};
}
