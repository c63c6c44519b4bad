import React, {type ReactNode} from 'react';
import type {SiteData} from '../content/generate/siteData';
import InlineList from './InlineList';

const OS_LABEL: Record<string, string> = {'windows-wsl2': 'Windows 11 + WSL2', linux: 'Linux'};
const IDE_LABEL: Record<string, string> = {vscode: 'VS Code', jetbrains: 'JetBrains', any: 'any IDE'};

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
            <InlineList items={faq.codes.map((c) => ({key: c, node: <code>{c}</code>}))} />
            {' · '}
          </>
        )}
        <strong>Applies to:</strong> {faq.os.map((o) => OS_LABEL[o]).join(', ')}; {IDE_LABEL[faq.ide]} ·{' '}
        <strong>Usually solved at:</strong> {faq.tierLabel}
      </p>
    </aside>
  );
}
