import {useEffect, useState} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {loadSearchBodies, loadSearchEngine, loadSnippetTexts} from '../../search/client';
import type {SearchHit} from '../../search/engine';
import type {SearchGroup} from '../../search/types';

export type SearchStatus = 'idle' | 'loading' | 'ready' | 'error';

/**
 * Results for `query`, loading the small index the first time `enabled` is true (never before: a plain page load
 * fetches no search data). Results are recomputed once the body index arrives (better ranking) and once the
 * section texts of the pages shown arrive (snippets).
 */
export function useSearch(query: string, opts: {enabled: boolean; group?: SearchGroup; limit?: number}) {
  const {siteConfig} = useDocusaurusContext();
  const {enabled, group, limit} = opts;
  const [status, setStatus] = useState<SearchStatus>('idle');
  const [hits, setHits] = useState<SearchHit[]>([]);
  // True once the ranking includes section bodies: the order readers (and tests) can rely on.
  const [complete, setComplete] = useState(false);
  // Bumped whenever more search data has arrived, so the same query is searched again.
  const [dataVersion, setDataVersion] = useState(0);

  useEffect(() => {
    if (!enabled) return undefined;
    let live = true;
    const more = () => live && setDataVersion((v) => v + 1);
    setStatus((s) => (s === 'ready' ? s : 'loading'));
    loadSearchEngine(siteConfig.baseUrl)
      .then((engine) => {
        if (!live) return;
        const found = query.trim() ? engine.search(query, {group, limit}) : [];
        setHits(found);
        setComplete(engine.hasBodies());
        setStatus('ready');
        if (!engine.hasBodies()) loadSearchBodies(siteConfig.baseUrl).then(more, () => undefined);
        loadSnippetTexts(siteConfig.baseUrl, found).then(
          (arrived) => arrived && more(),
          () => undefined,
        );
      })
      .catch(() => live && setStatus('error'));
    return () => {
      live = false;
    };
  }, [enabled, query, group, limit, dataVersion, siteConfig.baseUrl]);

  return {status, hits, complete};
}
