import React, {useState, type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import codesData from '@generated/aibox-content/default/codes.json';
import type {Codes} from '../components/siteData';

const codes = codesData as Codes;
import {codesInDoctorOutput} from '../content/doctorOutput';
import {ERROR_CODE_RE} from '../content/codePattern';

const EXAMPLE = `aibox doctor 2.4.1
  ok    machine: 16 GiB RAM, 8 cores, SSD
  FAIL  AIBOX-NET-001  egress proxy proxy.aibox.internal:3128 unreachable
        see https://aibox-docs.example.internal/e/AIBOX-NET-001
1 check failed`;

/** Champions paste a teammate's doctor output; everything happens in this browser tab, nothing is sent. */
export default function DoctorPaste(): ReactNode {
  const [text, setText] = useState('');
  const found = codesInDoctorOutput(text);
  return (
    <Layout
      title="Paste doctor output"
      description="Explain every error code in aibox doctor output, offline in your browser."
    >
      <main className="container margin-vert--lg doctor-paste">
        <Heading as="h1">Paste your doctor output</Heading>
        <p>
          Paste what <code>aibox doctor</code> or <code>aibox doctor --json</code> printed. Every error code in it is
          listed below with its page, in the order it appears. The text stays in this browser tab: nothing is sent
          anywhere.
        </p>
        <noscript>
          <p className="alert alert--warning">
            This page needs JavaScript. Without it, look each code up in the error index.
          </p>
        </noscript>
        <label htmlFor="doctor-output">
          <strong>Doctor output</strong>
        </label>
        <textarea
          id="doctor-output"
          rows={10}
          value={text}
          placeholder={EXAMPLE}
          onChange={(e) => setText(e.target.value)}
          spellCheck={false}
        />
        <section aria-live="polite" aria-label="Codes found">
          {text.trim() === '' ? (
            <p>No output pasted yet.</p>
          ) : found.length === 0 ? (
            <p>
              No error codes found. If every check printed <code>ok</code>, the problem is elsewhere: start at the{' '}
              <Link to="/docs/troubleshooting">troubleshooting FAQ</Link>.
            </p>
          ) : (
            <ol className="doctor-paste__results">
              {found.map(({code, message}) => {
                const entry = codes.find((c) => c.code === code);
                return (
                  <li key={code} data-code={code} className={entry ? '' : 'doctor-paste__unknown'}>
                    <code>{code}</code>{' '}
                    {entry ? (
                      <>
                        <Link to={entry.route}>{entry.title}</Link>
                        {entry.status === 'retired' && <em> (retired code)</em>}
                        <br />
                        <small>{entry.summary}</small>
                      </>
                    ) : (
                      <strong>
                        {ERROR_CODE_RE.test(code)
                          ? 'Unknown code: not published on this site. '
                          : 'Not a valid code (expected AIBOX-AREA-NNN). '}
                        Ask in #aibox-help and attach the full output.
                      </strong>
                    )}
                    {message && (
                      <>
                        <br />
                        <small>Doctor said: {message}</small>
                      </>
                    )}
                  </li>
                );
              })}
            </ol>
          )}
        </section>
      </main>
    </Layout>
  );
}
