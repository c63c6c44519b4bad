import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import {CATEGORY_LABELS, FAQ_CATEGORIES} from '../content/enums';
import faqsData from '@generated/aibox-content/default/faqs.json';
import type {Faqs} from './siteData';

const faqs = faqsData as Faqs;
import InlineList from './InlineList';

/** The FAQ landing page, grouped by category, built from the entries themselves. */
export default function TroubleshootingIndex(): ReactNode {
  return (
    <>
      {FAQ_CATEGORIES.map((cat) => {
        const entries = faqs.filter((f) => f.category === cat).sort((a, b) => a.title.localeCompare(b.title));
        if (!entries.length) return null;
        return (
          <section key={cat}>
            <Heading as="h2" id={cat}>
              {CATEGORY_LABELS[cat]}
            </Heading>
            <ul className="faq-list">
              {entries.map((f) => (
                <li key={f.route}>
                  <Link to={f.route}>{f.title}</Link>
                  {f.codes.length > 0 && (
                    <>
                      {' ('}
                      <InlineList
                        items={f.codes.map((c) => ({key: c, node: <code className="error-code">{c}</code>}))}
                      />
                      )
                    </>
                  )}
                  {f.status === 'retired' && <em> retired</em>}
                  <br />
                  <small>{f.description}</small>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
