// npm run explain -- AIBOX-NET-001 [--map FILE]
// Reads a doctor map offline and prints what `aibox doctor --explain` would: title, summary, link.
import {explainCode} from '../src/content/explain';
import {buildDoctorMap} from '../src/content/generate/doctorMap';
import {doctorMapSchema} from '../src/content/schemas';
import {siteUrl} from '../src/siteSettings';
import {CliError, loadValidContent, readJson, runCli} from './lib/cli';

const USAGE = `usage: npm run explain -- AIBOX-NET-001 [--map FILE]

Prints the title, summary and link for an error code, as aibox doctor --explain does.
  --map FILE   read a published doctor map (default: the map this checkout would publish)`;

void runCli(
  {name: 'explain', usage: USAGE, options: {map: {type: 'string'}}, positionals: {min: 1, max: 1}},
  ({values, positionals}) => {
    const map = values.map ? readMap(values.map) : buildDoctorMap(loadValidContent(), siteUrl());
    const result = explainCode(map, positionals[0]);
    (result.ok ? console.log : console.error)(result.text);
    return result.ok ? 0 : 1;
  },
);

/** A map from elsewhere is untrusted: it must match the published schema, which also refuses control characters. */
function readMap(file: string) {
  const parsed = doctorMapSchema.safeParse(readJson(file));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CliError(
      `${file}: expected a doctor map (version 1), found a problem at ${issue.path.join('.') || '(root)'}: ${issue.message}`,
    );
  }
  return parsed.data;
}
