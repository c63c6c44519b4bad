import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import {useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import useBaseUrl from '@docusaurus/useBaseUrl';

/** The code of an unknown `/e/<CODE>` short link, as typed (decoded, cut short), or null for any other path. */
export function unknownShortLinkCode(pathname: string): string | null {
  const m = /^\/e\/([^/]+)\/?$/.exec(pathname);
  if (!m) return null;
  let code: string;
  try {
    code = decodeURIComponent(m[1]);
  } catch {
    code = m[1];
  }
  // Shown as text only (React escapes it); the cut keeps a pasted essay from filling the page.
  return code.length > 40 ? `${code.slice(0, 40)}…` : code;
}

/** Unknown pages, and unknown /e/<CODE> short links, point to where a reader can recover, with a search box. */
export default function NotFoundContent(): ReactNode {
  const isBrowser = useIsBrowser();
  const {pathname} = useLocation();
  const searchPage = useBaseUrl('/search');
  // The 404 page is rendered once at build time; the address is only known in the browser.
  const code = isBrowser ? unknownShortLinkCode(pathname) : null;
  return (
    <main className="container margin-vert--xl">
      <div className="row">
        <div className="col col--8 col--offset-2">
          <Heading as="h1">Page not found</Heading>
          {code !== null ? (
            <p className="not-found__code">
              <code>{code}</code> is not a code published on this site. Look it up in the{' '}
              <Link to="/docs/reference/error-index">error index</Link>, or run{' '}
              <code>aibox doctor --explain {code}</code> to read the summary offline.
            </p>
          ) : (
            <p>
              If you followed a link such as <code>/e/AIBOX-XXX-000</code> from <code>aibox doctor</code>, that code is
              not published on this site. Look it up in the <Link to="/docs/reference/error-index">error index</Link>,
              or run <code>aibox doctor --explain CODE</code> to read the summary offline.
            </p>
          )}
          {/* A plain GET form: it reaches the search page with or without JavaScript on this page. */}
          <form
            role="search"
            aria-label="Search the docs"
            action={searchPage}
            method="get"
            className="not-found__search"
          >
            <label htmlFor="not-found-query">Search the docs</label>
            <div>
              <input
                id="not-found-query"
                name="q"
                type="search"
                defaultValue={code ?? ''}
                key={code ?? ''}
                autoComplete="off"
              />
              <button type="submit" className="button button--primary">
                Search
              </button>
            </div>
          </form>
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
