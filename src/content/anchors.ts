/**
 * Heading anchors as Docusaurus makes them: `{#custom-id}` when written, else the GitHub-style slug of the heading
 * text, de-duplicated in page order by Docusaurus' own slugger. The link check, the search sections and the KPI
 * check read anchors from here, so `route#anchor` in any of them lands where the site puts it.
 */
// The slugger's own module: the package's index loads Docusaurus' whole toolkit, about 0.4 s of every script's start.
import {createSlugger} from '@docusaurus/utils/lib/slugger';

const CUSTOM_ID = /\s*\{#([^}]+)\}\s*$/;

export interface HeadingAnchor {
  /** The visible heading text, without a `{#custom-id}` suffix. */
  text: string;
  anchor: string;
}

/**
 * One anchorer per page, fed its headings in order. `preset` is an id a remark plugin already set (runbook
 * steps): it is kept, and counted, so a later heading with the same slug gets the suffix the site gives it.
 */
export function createAnchorer(): (raw: string, preset?: string) => HeadingAnchor {
  const slugger = createSlugger();
  return (raw, preset) => {
    if (preset) return {text: raw.trim(), anchor: slugger.slug(preset, {maintainCase: true})};
    const custom = CUSTOM_ID.exec(raw)?.[1];
    const text = raw.replace(CUSTOM_ID, '').trim();
    return {text, anchor: custom ?? slugger.slug(text)};
  };
}
