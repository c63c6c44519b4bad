import {createHash} from 'node:crypto';
import {codeHomes} from '../queries';
import type {Corpus} from '../records';
import {doctorMapSchema, type DoctorCode, type DoctorMap} from '../schemas';

export const DOCTOR_MAP_PATH = 'doctor/links.v1.json';
export const DOCTOR_SCHEMA_PATH = 'doctor/links.v1.schema.json';

export const permalinkPath = (code: string) => `/e/${code}`;

/** The `source` field of both maps: a hash of what the map says, before any host is attached. */
export const sha256 = (text: string) => `sha256:${createHash('sha256').update(text).digest('hex')}`;

/** What the map says about each code, before any host is attached: the input the `source` hash covers. */
export function codeEntries(corpus: Corpus): (Omit<DoctorCode, 'url' | 'permalink'> & {route: string})[] {
  return [...codeHomes(corpus).entries()]
    .map(([code, [home]]) => ({
      code,
      title: home.data.title,
      summary: home.data.description,
      category: home.data.category,
      status: home.data.status,
      route: home.route,
    }))
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** The map `aibox doctor` links from: sorted by code, no timestamps, so identical content gives identical bytes. */
export function buildDoctorMap(corpus: Corpus, site: string): DoctorMap {
  const entries = codeEntries(corpus);
  const map: DoctorMap = {
    version: 1,
    site,
    source: sha256(JSON.stringify(entries)),
    codes: entries.map(({route, ...e}) => ({
      ...e,
      url: `${site}${route}`,
      permalink: `${site}${permalinkPath(e.code)}`,
    })),
  };
  return doctorMapSchema.parse(map);
}

export const serializeJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
