import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';

const ROLES = [
  {
    who: 'Developers',
    job: 'From zero to a working sandbox in your IDE.',
    links: [
      {to: '/docs/getting-started/quickstart-vscode', label: 'VS Code quickstart'},
      {to: '/docs/getting-started/quickstart-jetbrains', label: 'JetBrains quickstart'},
      {to: '/docs/getting-started/five-minute-tour', label: 'AI-Box in 5 minutes'},
      {to: '/docs/architecture/overview', label: 'Architecture overview'},
    ],
  },
  {
    who: 'Champions',
    job: "Answer a teammate's problem in minutes.",
    links: [
      {to: '/docs/troubleshooting', label: 'Troubleshooting FAQ'},
      {to: '/doctor-paste', label: 'Paste doctor output'},
      {to: '/docs/support/champions-handbook', label: 'Champions handbook'},
      {to: '/docs/support/support-tiers', label: 'Support tiers'},
    ],
  },
  {
    who: 'Operators',
    job: 'Restore service during an incident.',
    links: [
      {to: '/runbooks', label: 'All runbooks'},
      {to: '/runbooks/disaster-recovery/harbor-registry-failure', label: 'Harbor registry failure'},
      {to: '/runbooks/disaster-recovery/vault-failure', label: 'Vault failure'},
      {to: '/runbooks/exercises', label: 'Tabletop exercise log'},
    ],
  },
  {
    who: 'Stuck with an error code?',
    job: 'aibox doctor printed something like AIBOX-NET-001.',
    links: [
      {to: '/docs/reference/error-index', label: 'Error index'},
      {to: '/docs/troubleshooting/network/proxy-unreachable', label: 'Example: AIBOX-NET-001'},
      {to: '/docs/reference/cli', label: 'aibox CLI reference'},
    ],
  },
];

export default function Home(): ReactNode {
  return (
    <Layout title="Home" description="AI-Box documentation: quickstarts, troubleshooting, runbooks and error codes.">
      <header className="hero hero--primary home-hero">
        <div className="container">
          <Heading as="h1" className="hero__title">
            AI-Box docs
          </Heading>
          <p className="hero__subtitle">
            Your hardened sandbox, from first start to a 03:00 incident. Pick the row that is you.
          </p>
        </div>
      </header>
      <main className="container margin-vert--lg">
        <div className="home-intro">
          <p>
            <strong>AI-Box</strong> is the standard development environment here: your code, build tools and AI coding
            assistants run in a signed, policy-controlled sandbox on your own machine, and you keep your IDE.
          </p>
          <Link className="button button--primary" to="/docs/intro">
            Start here: what AI-Box is and where you begin
          </Link>
        </div>
        <div className="row">
          {ROLES.map((r) => (
            <section key={r.who} className="col col--3 margin-bottom--lg home-role">
              <Heading as="h2">{r.who}</Heading>
              <p>{r.job}</p>
              <ul>
                {r.links.map((l) => (
                  <li key={l.to}>
                    <Link to={l.to}>{l.label}</Link>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
        <p>
          Tip: <code>aibox doctor</code> prints a short link for every failed check. Open it, or run{' '}
          <code>aibox doctor --explain AIBOX-NET-001</code> to read the summary offline.
        </p>
      </main>
    </Layout>
  );
}
