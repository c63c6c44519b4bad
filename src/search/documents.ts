/**
 * Build time: from the loader's records (plus each page's sections) to the pages and documents the index holds.
 * Pure: the caller parses the files; nothing here reads the disk.
 */
import type {ContentRecord} from '../content/records';
import type {PageSection} from '../content/sections';
import {CATEGORY_LABELS, CATEGORY_SHORT_LABELS, RUNBOOK_KIND_LABELS} from '../content/enums';
import type {SearchDocument, SearchGroup, SearchKind, SearchPage, SearchSection} from './types';

export interface PageInput {
  record: ContentRecord;
  sections: PageSection[];
  /** The page renders a generated list of other pages (error index, FAQ index, runbook table, exercise log). */
  usesHubComponent: boolean;
}

function classifyPage(input: PageInput): {kind: SearchKind; group: SearchGroup; badge: string} {
  const r = input.record;
  const isIndex = /(^|\/)(index|README)$/.test(r.id);
  const group: SearchGroup =
    r.instance === 'runbooks' ? 'runbooks' : r.id.startsWith('troubleshooting/') ? 'troubleshooting' : 'guides';
  if (r.type === 'faq') return {kind: 'faq', group, badge: `FAQ: ${CATEGORY_SHORT_LABELS[r.data.category]}`};
  if (r.type === 'runbook') {
    return {kind: 'runbook', group, badge: RUNBOOK_KIND_LABELS[r.data.kind]};
  }
  if (r.type === 'exercise') return {kind: 'log', group, badge: 'Exercise log'};
  if (isIndex || input.usesHubComponent) return {kind: 'hub', group, badge: 'Index'};
  return {kind: 'guide', group, badge: 'Guide'};
}

/** Words describing where a page sits: FAQ category, runbook kind, service, alert names, what it applies to. */
function metaText(r: ContentRecord): string {
  switch (r.type) {
    case 'faq':
      return [
        r.data.category,
        CATEGORY_LABELS[r.data.category],
        CATEGORY_SHORT_LABELS[r.data.category],
        r.data.applies_to.os.join(' '),
        r.data.applies_to.ide,
      ].join(' ');
    case 'runbook':
      return [
        r.data.kind,
        r.data.service,
        r.data.alerts.join(' '),
        r.data.kind === 'disaster-recovery' ? r.data.error_codes.join(' ') : '',
      ].join(' ');
    case 'exercise':
      return [r.data.scenario, r.data.findings.join(' ')].join(' ');
    default:
      return '';
  }
}

export interface SearchCorpus {
  pages: SearchPage[];
  sections: SearchSection[];
  /** Plain text of each section, parallel to `sections`. */
  texts: string[];
  documents: SearchDocument[];
}

/** Pages sorted by route, so identical content gives a byte-identical index. */
export function searchCorpus(inputs: PageInput[]): SearchCorpus {
  const sorted = [...inputs].sort((a, b) => a.record.route.localeCompare(b.record.route));
  const pages: SearchPage[] = [];
  const sections: SearchSection[] = [];
  const texts: string[] = [];
  const heads: SearchDocument[] = [];
  const bodies: SearchDocument[] = [];
  sorted.forEach((input, p) => {
    const r = input.record;
    const {kind, group, badge} = classifyPage(input);
    const codes = r.type === 'faq' ? [...r.data.error_codes] : [];
    const phrases = r.type === 'faq' || r.type === 'runbook' ? (r.data.search_phrases ?? []) : [];
    pages.push({route: r.route, title: r.data.title, description: r.data.description, kind, group, badge, codes});
    heads.push({
      id: p,
      title: r.data.title,
      phrases: phrases.join('\n'),
      codes: codes.join(' '),
      description: r.data.description,
      meta: metaText(r),
    });
    for (const s of input.sections) {
      sections.push({page: p, heading: s.heading, anchor: s.anchor});
      texts.push(s.text);
      bodies.push({id: -1, heading: s.heading, text: s.text});
    }
  });
  // Section documents follow the page heads: section j has id pages.length + j.
  bodies.forEach((d, j) => (d.id = pages.length + j));
  return {pages, sections, texts, documents: [...heads, ...bodies]};
}
