import {useEffect, useState} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {loadSearchEngine, loadSearchTexts} from '../../search/client';
import type {SearchHit} from '../../search/engine';
import type {SearchGroup} from '../../search/types';

export type SearchStatus = 'idle' | 'loading' | 'ready' | 'error';

/**
 * Results for `query`, loading the index the first time `enabled` is true (never before: a plain page load
 * fetches no search data). Results are recomputed once the section texts arrive, to fill in snippets.
 */
export function useSearch(query: string, opts: {enabled: boolean; group?: SearchGroup; limit?: number}) {
  const {siteConfig} = useDocusaurusContext();
  const {enabled, group, limit} = opts;
  const [status, setStatus] = useState<SearchStatus>('idle');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [textsReady, setTextsReady] = useState(false);

  useEffect(() => {
    if (!enabled) return undefined;
    let live = true;
    setStatus((s) => (s === 'ready' ? s : 'loading'));
    loadSearchEngine(siteConfig.baseUrl)
      .then((engine) => {
        if (!live) return;
        setHits(query.trim() ? engine.search(query, {group, limit}) : []);
        setStatus('ready');
        if (!textsReady) {
          loadSearchTexts(siteConfig.baseUrl)
            .then(() => live && setTextsReady(true))
            .catch(() => undefined);
        }
      })
      .catch(() => live && setStatus('error'));
    return () => {
      live = false;
    };
  }, [enabled, query, group, limit, textsReady, siteConfig.baseUrl]);

  return {status, hits};
}
