import React, {type ReactNode} from 'react';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import type {PageMeta as Meta} from '../content/generate/siteData';
import {PAGE_META_KEY} from '../content/generate/pageMetaKey';
import RunbookCard from './RunbookCard';
import FaqMeta from './FaqMeta';
import ExerciseCard from './ExerciseCard';
import FreshnessNotice from './FreshnessNotice';
import {IncidentToolbar} from './IncidentMode';

/** What the content model knows about the current page, shown under its title. It comes with the page's own data. */
export default function PageMeta(): ReactNode {
  const meta = (useDoc().frontMatter as Record<string, unknown>)[PAGE_META_KEY] as Meta | undefined;
  if (!meta) return null;
  return (
    <>
      <FreshnessNotice items={meta.freshness} />
      {meta.runbook && <RunbookCard runbook={meta.runbook} />}
      {/* Outside the card, as a child of the whole article, so it can stay in view down to the last step. */}
      {meta.runbook && <IncidentToolbar />}
      {meta.faq && <FaqMeta faq={meta.faq} />}
      {meta.exercise && <ExerciseCard exercise={meta.exercise} />}
    </>
  );
}
