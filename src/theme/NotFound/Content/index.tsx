import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';

/** Unknown pages, and unknown /e/<CODE> short links, point to where a reader can recover. */
export default function NotFoundContent(): ReactNode {
  return (
    <main className="container margin-vert--xl">
      <div className="row">
        <div className="col col--8 col--offset-2">
          <Heading as="h1">Page not found</Heading>
          <p>
            If you followed a link such as <code>/e/AIBOX-XXX-000</code> from <code>aibox doctor</code>, that code is
            not published on this site. Look it up in the <Link to="/docs/reference/error-index">error index</Link>, or
            run <code>aibox doctor --explain CODE</code> to read the summary offline.
          </p>
          <ul>
            <li>
              <Link to="/docs/troubleshooting">Troubleshooting FAQ</Link>: every known problem by category.
            </li>
            <li>
              <Link to="/runbooks">Runbooks</Link>: disaster recovery and day-2 operations.
            </li>
            <li>
              <Link to="/doctor-paste">Paste doctor output</Link>: explain every code a teammate's{' '}
              <code>aibox doctor</code> printed.
            </li>
          </ul>
        </div>
      </div>
    </main>
  );
}
