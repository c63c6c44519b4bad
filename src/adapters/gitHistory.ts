import {spawnSync} from 'node:child_process';

/** A file as an earlier commit has it: the text and the commit it came from. */
export interface CommittedFile {
  commit: string;
  text: string;
}

/** Runs git in dir; undefined on any failure (no git, not a repository, unknown ref), never a throw. */
function git(dir: string, args: string[]): string | undefined {
  const r = spawnSync('git', ['-C', dir, ...args], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']});
  return r.status === 0 ? r.stdout : undefined;
}

/**
 * The file (relative to dir) as it was before the change under review:
 * - at the merge base with origin/main when that ref exists (a branch or pull request: the change is the whole branch);
 * - else at HEAD when the working copy differs from it (an uncommitted edit);
 * - else before the last commit that touched it (a commit on main: that commit is the change).
 * Undefined without history (an export, a shallow clone missing the parent, a scratch copy), so the comparison is
 * skipped there rather than failing a checkout that cannot answer.
 */
export function fileBeforeChange(dir: string, file: string): CommittedFile | undefined {
  if (git(dir, ['rev-parse', '--is-inside-work-tree'])?.trim() !== 'true') return undefined;
  const spec = `./${file}`;
  const at = (ref: string): CommittedFile | undefined => {
    const commit = git(dir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])?.trim();
    if (!commit) return undefined;
    const text = git(dir, ['show', `${commit}:${spec}`]);
    return text === undefined ? undefined : {commit, text};
  };
  if (git(dir, ['rev-parse', '--verify', '--quiet', 'refs/remotes/origin/main']) !== undefined) {
    const base = git(dir, ['merge-base', 'HEAD', 'origin/main'])?.trim();
    return base ? at(base) : undefined;
  }
  if (git(dir, ['diff', '--quiet', 'HEAD', '--', spec]) === undefined) return at('HEAD');
  const last = git(dir, ['log', '-1', '--format=%H', 'HEAD', '--', spec])?.trim();
  return last ? at(`${last}^`) : undefined;
}
