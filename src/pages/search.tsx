import React, {type ReactNode, useEffect, useState} from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import {useHistory, useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {useSearch} from '../components/search/useSearch';
import {SearchHitBody} from '../components/search/SearchHitView';
import {CATEGORY_SHORT_LABELS, FAQ_CATEGORIES} from '../content/enums';
import type {SearchGroup} from '../search/types';
import styles from './search.module.css';

const FILTERS: {value: SearchGroup | ''; label: string}[] = [
  {value: '', label: 'Everything'},
  {value: 'troubleshooting', label: 'Troubleshooting'},
  {value: 'runbooks', label: 'Runbooks'},
  {value: 'guides', label: 'Guides'},
];

function NoResults({query}: {query: string}): ReactNode {
  const categories = [...FAQ_CATEGORIES].sort();
  return (
    <div data-testid="search-no-results" className={styles.noResults}>
      <p>
        No page matches <strong>“{query}”</strong>. Try the words of the error message, an error code like{' '}
        <code>AIBOX-NET-001</code>, or browse:
      </p>
      <ul>
        <li>
          Troubleshooting by category:{' '}
          {categories.map((c, i) => (
            <React.Fragment key={c}>
              {i > 0 && ', '}
              <Link to={`/docs/troubleshooting#${c}`}>{CATEGORY_SHORT_LABELS[c]}</Link>
            </React.Fragment>
          ))}
        </li>
        <li>
          <Link to="/docs/reference/error-index">Error index</Link>: every code <code>aibox doctor</code> prints
        </li>
        <li>
          Still stuck? <Link to="/docs/support/support-tiers">Support tiers</Link>: your champion, then{' '}
          <code>#aibox-help</code>
        </li>
      </ul>
    </div>
  );
}

/**
 * Without JavaScript the page cannot search: it says so and offers the three indexes. Rendered by the server and
 * hidden by CSS once scripts run (src/css/custom.css, the same data-theme test as the tabs).
 */
function NoScript(): ReactNode {
  return (
    <div className="search-noscript alert alert--info" data-testid="search-noscript">
      <p>Search needs JavaScript, which is off in this browser. Every page is also reachable from these indexes:</p>
      <ul>
        <li>
          <Link to="/docs/troubleshooting">Troubleshooting FAQ</Link>: every known problem by category
        </li>
        <li>
          <Link to="/docs/reference/error-index">Error index</Link>: every code <code>aibox doctor</code> prints
        </li>
        <li>
          <Link to="/runbooks">Runbooks</Link>: disaster recovery and day-2 operations
        </li>
      </ul>
    </div>
  );
}

const searchOf = (q: string, g: string) => {
  const next = new URLSearchParams();
  if (q) next.set('q', q);
  if (g) next.set('in', g);
  const text = next.toString();
  return text ? `?${text}` : '';
};

/**
 * `/search?q=…[&in=troubleshooting|runbooks|guides]`: results in rank order, each a link to page and section.
 * Results follow the box as the reader types, and the address follows the box (replaced, so Back does not step
 * through every letter); a filter change is a new history entry and keeps what is in the box.
 */
export default function SearchPage(): ReactNode {
  const isBrowser = useIsBrowser();
  const location = useLocation();
  const history = useHistory();
  // The server renders the empty page; the query is read from the URL only in the browser, after hydration.
  const params = new URLSearchParams(isBrowser ? location.search : '');
  const urlQuery = params.get('q') ?? '';
  const inParam = params.get('in') ?? '';
  const group = (FILTERS.some((f) => f.value === inParam) ? inParam : '') as SearchGroup | '';
  const [input, setInput] = useState(urlQuery);
  // Back, Forward and a shared link change the address: the box follows it.
  // The address holds the trimmed query, so a box that differs only by spaces (typing "git ") is left alone.
  useEffect(() => setInput((current) => (current.trim() === urlQuery ? current : urlQuery)), [urlQuery]);
  const query = input.trim();
  const {status, hits, complete} = useSearch(query, {enabled: query.length > 0, group: group || undefined, limit: 50});

  const go = (q: string, g: string, how: 'push' | 'replace') =>
    history[how]({pathname: location.pathname, search: searchOf(q, g), hash: ''});

  return (
    <Layout title={query ? `Search: ${query}` : 'Search'} description="Search the AI-Box docs, FAQ and runbooks.">
      <main className={`container margin-vert--lg ${styles.page}`}>
        <Heading as="h1">Search the docs</Heading>
        {!isBrowser && <NoScript />}
        <form
          role="search"
          aria-label="Search the docs"
          className={styles.form}
          action=""
          method="get"
          onSubmit={(e) => {
            e.preventDefault();
            go(query, group, 'replace');
          }}
        >
          <label htmlFor="search-page-query" className={styles.label}>
            Words from the error, an error code, or a question
          </label>
          <div className={styles.row}>
            <input
              id="search-page-query"
              name="q"
              type="search"
              className={styles.input}
              value={input}
              autoComplete="off"
              onChange={(e) => {
                setInput(e.target.value);
                go(e.target.value.trim(), group, 'replace');
              }}
            />
            <button type="submit" className="button button--primary">
              Search
            </button>
          </div>
          <fieldset className={styles.filters}>
            <legend>Show</legend>
            {FILTERS.map((f) => (
              <label key={f.value || 'all'} className={styles.filter}>
                <input
                  type="radio"
                  name="in"
                  value={f.value}
                  checked={group === f.value}
                  onChange={() => go(query, f.value, 'push')}
                />{' '}
                {f.label}
              </label>
            ))}
          </fieldset>
        </form>

        {!query && isBrowser && <p>Type what went wrong: the message, the error code, or the tool that broke.</p>}
        {query && status === 'loading' && <p role="status">Searching…</p>}
        {status === 'error' && (
          <p role="alert">The search index could not be loaded. Try again, or use the links below.</p>
        )}
        {query && status === 'ready' && (
          <>
            <p role="status" className={styles.count}>
              {hits.length === 0 ? 'No results' : `${hits.length} result${hits.length === 1 ? '' : 's'}`} for “{query}”
              {group && ` in ${FILTERS.find((f) => f.value === group)?.label.toLowerCase()}`}
            </p>
            <ol data-testid="search-results" data-complete={complete} className={styles.results}>
              {hits.map((hit) => (
                <li key={hit.href} className={styles.result}>
                  <SearchHitBody
                    hit={hit}
                    title={
                      <Link to={hit.href} className={styles.link}>
                        {hit.page.title}
                      </Link>
                    }
                  />
                </li>
              ))}
            </ol>
            {hits.length === 0 && <NoResults query={query} />}
          </>
        )}
        {status === 'error' && <NoResults query={query} />}
      </main>
    </Layout>
  );
}
