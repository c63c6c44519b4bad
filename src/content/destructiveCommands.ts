/**
 * The commands the copy-block rules treat as destructive: pasted with a value missing, they lose data, lock people
 * out or ship the wrong release. The check in src/content/checks/copyBlocks.ts and the table on the content rules
 * page both read this list, so the page always shows what the check refuses. Plain data with no imports: the page
 * renders it on the client.
 *
 * `at: 'command'` patterns are matched where a command starts (after `sudo`, `xargs`, `do`, `;`, `|`, `&&` ...);
 * `at: 'line'` patterns anywhere on the line, for statements that travel inside a quoted argument (SQL).
 */
export interface DestructiveCommand {
  /** How the error names it: the command as an operator would say it. */
  name: string;
  kind: 'delete' | 'restore over live data' | 'move data' | 'revoke credentials' | 'retag a release' | 'force push';
  pattern: RegExp;
  at: 'command' | 'line';
}

/** A tag developers' machines follow or pin: moving it is a release. */
const RELEASE_TAG = String.raw`:(?:stable|champions|latest|\d{4}\.\d{2}(?:\.\d{2})?|v?\d+\.\d+\.\d+)(?![\w.-])`;

export const DESTRUCTIVE_COMMANDS: DestructiveCommand[] = [
  {name: 'rm', kind: 'delete', pattern: /^rm\s/, at: 'command'},
  {name: 'shred -u', kind: 'delete', pattern: /^shred\s(?:.*\s)?-\w*u/, at: 'command'},
  {name: 'Remove-Item', kind: 'delete', pattern: /^(?:Remove-Item|ri|rd|del|erase)\s/i, at: 'command'},
  {name: 'kubectl delete', kind: 'delete', pattern: /^kubectl\s(?:.*\s)?delete\s/, at: 'command'},
  {name: 'helm uninstall', kind: 'delete', pattern: /^helm\s(?:.*\s)?(?:uninstall|delete)\s/, at: 'command'},
  {
    name: 'docker rm',
    kind: 'delete',
    pattern: /^docker\s+(?:(?:image|volume|container|network)\s+)?(?:rm|rmi|prune)\b|^docker\s+system\s+prune\b/,
    at: 'command',
  },
  {name: 'wsl --unregister', kind: 'delete', pattern: /^wsl(?:\.exe)?\s(?:.*\s)?--unregister\b/, at: 'command'},
  {
    name: 'vault delete',
    kind: 'delete',
    pattern:
      /^vault\s+(?:delete|kv\s+(?:delete|destroy|metadata\s+delete)|secrets\s+disable|auth\s+disable|operator\s+raft\s+remove-peer)\s/,
    at: 'command',
  },
  {name: 'curl -X DELETE', kind: 'delete', pattern: /^curl\s(?:.*\s)?(?:-X\s*|--request[\s=])DELETE\b/, at: 'command'},
  {name: 'rsync --delete', kind: 'delete', pattern: /^rsync\s(?:.*\s)?--delete/, at: 'command'},
  {name: 'git reset --hard', kind: 'delete', pattern: /^git\s(?:.*\s)?reset\s(?:.*\s)?--hard\b/, at: 'command'},
  {name: 'git clean', kind: 'delete', pattern: /^git\s(?:.*\s)?clean\s(?:.*\s)?-\w*f/, at: 'command'},
  {name: 'DROP', kind: 'delete', pattern: /\b(?:DROP\s+(?:DATABASE|TABLE|SCHEMA|ROLE|USER)|TRUNCATE\s)/i, at: 'line'},
  {name: 'velero restore', kind: 'restore over live data', pattern: /^velero\s+restore\s+create\s/, at: 'command'},
  {
    name: 'vault operator raft snapshot restore',
    kind: 'restore over live data',
    pattern: /^vault\s+operator\s+raft\s+snapshot\s+restore\s/,
    at: 'command',
  },
  {name: 'pg_restore', kind: 'restore over live data', pattern: /^pg_restore\s/, at: 'command'},
  {name: 'mv', kind: 'move data', pattern: /^(?:mv|Move-Item)\s/i, at: 'command'},
  {
    name: 'vault token revoke',
    kind: 'revoke credentials',
    pattern: /^vault\s+(?:token\s+revoke|lease\s+revoke)\s/,
    at: 'command',
  },
  {name: 'crane tag', kind: 'retag a release', pattern: /^(?:crane|oras)\s+tag\s/, at: 'command'},
  {
    name: 'crane copy',
    kind: 'retag a release',
    pattern: new RegExp(String.raw`^(?:crane\s+(?:cp|copy)|skopeo\s+copy|oras\s+(?:cp|copy))\s.*\S${RELEASE_TAG}`),
    at: 'command',
  },
  {
    name: 'docker push',
    kind: 'retag a release',
    pattern: new RegExp(String.raw`^docker\s+(?:image\s+)?push\s.*\S${RELEASE_TAG}`),
    at: 'command',
  },
  {
    name: 'git push --force',
    kind: 'force push',
    pattern: /^git\s(?:.*\s)?push\s(?:.*\s)?(?:--force(?:-with-lease)?\b|-\w*f\b|\+\S)/,
    at: 'command',
  },
];
