import React, {useEffect, useRef, useState, type ReactNode} from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import styles from './styles.module.css';

/** Same path as TOUR_CAST_PATH in src/content/generate/tourCast.ts (static/casts/, copied into the build). */
const CAST = '/casts/five-minute-tour.cast';

/**
 * The tour recording, played by asciinema-player from this site's own bundle. The player and its CSS are
 * imported only when this component mounts, and this component is used only on the tour page, so no other
 * page loads them. Without JavaScript the figure still offers the .cast file and the transcript below it.
 */
const STYLE_ID = 'asciinema-player-css';

/** The player's stylesheet, added to this page only (see src/plugins/tour-player). */
function addStyleOnce(css: string) {
  if (document.getElementById(STYLE_ID)) return;
  const style = document.createElement('style');
  style.id = STYLE_ID;
  style.textContent = css;
  document.head.appendChild(style);
}

/** "0:40 Connect the IDE" starts at 40 s: the page's chapter headings carry the time the recording reaches them. */
export const headingSeconds = (text: string): number | null => {
  const m = /^\s*(\d+):([0-5]\d)\s/.exec(text);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
};

interface Player {
  dispose(): void;
  seek(location: number): Promise<void>;
  play(): Promise<void>;
}

/**
 * Puts a "Play from 0:40" button under every chapter heading of the page the player is on; it seeks the player
 * there and brings it into view. Returns the cleanup. Buttons exist only once the player runs.
 */
function addChapterButtons(player: Player, figure: HTMLElement): () => void {
  const article = figure.closest('article') ?? document;
  const added: HTMLElement[] = [];
  for (const h of Array.from(article.querySelectorAll('h2'))) {
    const label = (h.textContent ?? '').replace(/\u200b/g, '').replace(/#$/, '');
    const at = headingSeconds(label);
    if (at === null) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = `button button--sm button--outline button--primary ${styles.seek}`;
    button.textContent = `▶ Play from ${label.trim().split(/\s/)[0]}`;
    button.setAttribute('aria-label', `Play the recording from ${label.trim()}`);
    button.addEventListener('click', () => {
      figure.scrollIntoView({block: 'center'});
      void player.seek(at).then(() => player.play());
    });
    h.insertAdjacentElement('afterend', button);
    added.push(button);
  }
  return () => added.forEach((b) => b.remove());
}

export default function TourRecording(): ReactNode {
  const src = useBaseUrl(CAST);
  const mount = useRef<HTMLDivElement>(null);
  const figureRef = useRef<HTMLElement>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');

  useEffect(() => {
    let player: Player | undefined;
    let removeButtons = () => {};
    let cancelled = false;
    Promise.all([import('asciinema-player'), import('@generated/tour-player/default/player-css.json')])
      .then(([lib, style]) => {
        if (cancelled || !mount.current) return;
        addStyleOnce(style.default.css);
        player = lib.create(src, mount.current, {
          cols: 100,
          rows: 28,
          fit: 'width',
          preload: true,
          poster: 'npt:0:01',
          terminalFontFamily: 'ui-monospace, "Cascadia Code", "DejaVu Sans Mono", Menlo, Consolas, monospace',
        }) as Player;
        if (figureRef.current) removeButtons = addChapterButtons(player, figureRef.current);
        setState('ready');
      })
      .catch(() => setState('failed'));
    return () => {
      cancelled = true;
      removeButtons();
      player?.dispose();
    };
  }, [src]);

  return (
    <figure ref={figureRef} className={styles.recording} data-testid="tour-recording" data-state={state}>
      <div ref={mount} className={styles.player} />
      {state === 'failed' && <p>The player could not start. Download the recording below or read the transcript.</p>}
      <figcaption>
        Terminal recording, under 5 minutes, in six chapters that match the headings below. Space plays and pauses; the
        arrow keys seek; <kbd>[</kbd> and <kbd>]</kbd> jump between chapters.{' '}
        <a href={src} download>
          Download the recording
        </a>{' '}
        (asciicast v2, plays with <code>asciinema play</code>).
      </figcaption>
    </figure>
  );
}
