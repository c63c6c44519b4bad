import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import {privacyNote} from '../content/feedback';

/**
 * Where the collector sends a reader whose browser posted a form without JavaScript (303 after storing it).
 * Static, so it works without JavaScript too; Back returns to the page the reader came from.
 */
export default function FeedbackThanks(): ReactNode {
  return (
    <Layout title="Thank you" description="Your answer reached the AI-Box platform team.">
      <main className="container margin-vert--xl" data-testid="feedback-thanks">
        <Heading as="h1">Thank you</Heading>
        <p>
          Your answer was stored for the platform team. They read every comment and use the answers to decide what to
          fix first.
        </p>
        <p>{privacyNote('the page or survey')}</p>
        <p>
          Use your browser&apos;s Back button to return to the page, or go to the{' '}
          <Link to="/docs/intro">start of the docs</Link>.
        </p>
      </main>
    </Layout>
  );
}
