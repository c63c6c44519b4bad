import React, {type ReactNode} from 'react';
import type {SiteData} from '../content/generate/siteData';
import InlineList from './InlineList';
import {IDE_LABELS, OS_LABELS} from '../content/enums';

export default function FaqMeta({faq}: {faq: SiteData['faqs'][number]}): ReactNode {
  return (
    <aside className="faq-meta" aria-label="Entry summary">
      {faq.status === 'retired' && (
        <p className="alert alert--secondary">
          This code is retired: current CLIs no longer print it. The page stays so old links keep working.
        </p>
      )}
      <p>
        {faq.codes.length > 0 && (
          <>
            <strong>Error code{faq.codes.length > 1 ? 's' : ''}:</strong>{' '}
            <InlineList items={faq.codes.map((c) => ({key: c, node: <code className="error-code">{c}</code>}))} />
            {' · '}
          </>
        )}
        <strong>Applies to:</strong> {faq.os.map((o) => OS_LABELS[o]).join(', ')}; {IDE_LABELS[faq.ide]} ·{' '}
        <strong>Usually solved at:</strong> {faq.tierLabel}
      </p>
    </aside>
  );
}
