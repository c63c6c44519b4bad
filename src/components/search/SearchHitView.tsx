import React, {type ReactNode} from 'react';
import type {SearchHit} from '../../search/engine';
import styles from './search.module.css';

/** Matched words are marked with <mark> elements built from plain text segments: no HTML from the index. */
export function Snippet({hit}: {hit: SearchHit}): ReactNode {
  if (!hit.snippet.length) return null;
  return (
    <span className={styles.snippet}>
      {hit.snippet.map((s, i) =>
        s.hit ? <mark key={i}>{s.text}</mark> : <React.Fragment key={i}>{s.text}</React.Fragment>,
      )}
    </span>
  );
}

export function Badge({hit}: {hit: SearchHit}): ReactNode {
  return <span className={`badge badge--secondary ${styles.badge}`}>{hit.page.badge}</span>;
}

/** Title, section, badge and snippet of one result; the caller decides whether it is a link or an option. */
export function SearchHitBody({hit, title}: {hit: SearchHit; title?: ReactNode}): ReactNode {
  return (
    <>
      <span className={styles.head}>
        {title ?? <span className={styles.title}>{hit.page.title}</span>}
        <Badge hit={hit} />
      </span>
      {hit.section && <span className={styles.section}>{hit.section}</span>}
      <Snippet hit={hit} />
    </>
  );
}
