import {contentError, didYouMean, type ContentError} from '../errors';
import {WHERE_TO_RUN} from '../enums';
import type {AnyRecord} from '../records';
import {blockTitle} from './codeBlocks';

/** The pages a developer follows command by command on a fresh machine: quickstarts and migration checklists. */
export const WHERE_TO_RUN_PAGES: readonly string[] = ['docs/getting-started/quickstart-', 'docs/rollout/migration/'];

/** Languages of blocks the reader runs; output (`text`) and file contents (ini, yaml, groovy) are not commands. */
export const COMMAND_LANGS: readonly string[] = ['bash', 'sh', 'shell', 'console', 'powershell', 'pwsh', 'ps1', 'cmd'];

const LIST = WHERE_TO_RUN.map((w) => `"${w}"`).join(', ');

/** Every command block on those pages names where it runs, with one title from the list in src/content/enums.ts. */
export function checkWhereToRun(record: AnyRecord): ContentError[] {
  if (!WHERE_TO_RUN_PAGES.some((p) => record.file.startsWith(p))) return [];
  return record.codeBlocks
    .filter((b) => b.lang !== null && COMMAND_LANGS.includes(b.lang.toLowerCase()))
    .flatMap((b) => {
      const title = blockTitle(b.meta);
      if (title !== undefined && (WHERE_TO_RUN as readonly string[]).includes(title)) return [];
      const guess = title === undefined ? undefined : didYouMean(title, WHERE_TO_RUN);
      return [
        contentError({
          file: record.file,
          line: b.line,
          field: `(code block ${b.lang})`,
          rule: 'blocks/where-to-run',
          message:
            title === undefined
              ? `expected a title saying where the command runs (one of ${LIST}), found none`
              : `expected a title saying where the command runs (one of ${LIST}), found "${title}"`,
          fix: guess
            ? `write \`\`\`${b.lang} title="${guess}"`
            : `add title="Ubuntu (WSL)" or another label of WHERE_TO_RUN (src/content/enums.ts) after \`\`\`${b.lang}`,
        }),
      ];
    });
}
