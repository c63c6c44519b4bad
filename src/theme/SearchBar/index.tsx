import React, {type ReactNode, useEffect, useId, useRef, useState} from 'react';
import {useHistory} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {useSearch} from '../../components/search/useSearch';
import {SearchHitBody} from '../../components/search/SearchHitView';
import styles from './styles.module.css';

const MAX_SUGGESTIONS = 8;

const isTypingIn = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));

/**
 * The navbar search: a combobox that opens on `/` or Ctrl+K, suggests pages as you type, moves with the arrow
 * keys and opens the highlighted result with Enter. The last option leads to the full search page.
 */
export default function SearchBar(): ReactNode {
  const history = useHistory();
  const searchPage = useBaseUrl('/search');
  const id = useId();
  const listId = `${id}-list`;
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [started, setStarted] = useState(false);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const {status, hits} = useSearch(query, {enabled: started, limit: MAX_SUGGESTIONS});

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const ctrlK = e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey) && !e.altKey;
      const slash = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTypingIn(e.target);
      if (!ctrlK && !slash) return;
      e.preventDefault();
      inputRef.current?.focus();
      inputRef.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => setActive(0), [query]);

  const allResults = `${searchPage}?q=${encodeURIComponent(query.trim())}`;
  const options = [...hits.map((h) => ({key: h.href, href: h.href})), {key: 'all', href: allResults}];
  const expanded = open && query.trim().length > 0;
  const go = (href: string) => {
    setOpen(false);
    inputRef.current?.blur();
    history.push(href);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (a + step + options.length) % options.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (!query.trim()) return;
      // Until the index is loaded, Enter goes to the search page, which shows the results when they are ready.
      go(status === 'ready' ? options[Math.min(active, options.length - 1)].href : allResults);
    } else if (e.key === 'Escape') {
      if (expanded) setOpen(false);
      else inputRef.current?.blur();
    }
  };

  return (
    <div className={styles.searchBox} role="search" aria-label="Site search">
      <input
        ref={inputRef}
        type="search"
        role="combobox"
        aria-label="Search"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded ? `${id}-opt-${active}` : undefined}
        aria-keyshortcuts="/ Control+K"
        placeholder="Search  ( / )"
        className={styles.input}
        value={query}
        autoComplete="off"
        spellCheck={false}
        onFocus={() => {
          setStarted(true);
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label="Search suggestions" className={styles.list} hidden={!expanded}>
        {expanded && status === 'loading' && (
          <li role="option" aria-selected={false} aria-disabled id={`${id}-loading`} className={styles.note}>
            Loading search…
          </li>
        )}
        {expanded && status === 'error' && (
          <li role="option" aria-selected={false} aria-disabled id={`${id}-error`} className={styles.note}>
            Search is not available right now.
          </li>
        )}
        {expanded &&
          status === 'ready' &&
          options.map((o, i) => {
            const hit = hits[i];
            return (
              <li
                key={o.key}
                id={`${id}-opt-${i}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? `${styles.option} ${styles.active}` : styles.option}
                // Keep focus in the box while clicking, so the list does not close before the click lands.
                onMouseDown={(e) => e.preventDefault()}
                onMouseMove={() => setActive(i)}
                onClick={() => go(o.href)}
              >
                {hit ? (
                  <SearchHitBody hit={hit} />
                ) : (
                  <span className={styles.all}>
                    {hits.length ? 'See all results' : 'No quick match: open the search page'} for “{query.trim()}”
                  </span>
                )}
              </li>
            );
          })}
      </ul>
    </div>
  );
}
