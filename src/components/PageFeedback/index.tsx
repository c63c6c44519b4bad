import React, {useEffect, useId, useRef, useState, type MouseEvent, type ReactNode} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {useLocation} from '@docusaurus/router';
import {
  buildPayload,
  cliCommentFor,
  FEEDBACK_CONFIG_PATH,
  normalisePagePath,
  pickEndpoint,
  privacyNote,
  type FeedbackAnswer,
  type FeedbackPayload,
} from '../../content/feedback';
import styles from './styles.module.css';

type Phase =
  | {name: 'ask'}
  | {name: 'voting'}
  | {name: 'voted'; amend: string | null}
  | {name: 'sending'; amend: string | null}
  | {name: 'sent'}
  | {name: 'offline'; payload: FeedbackPayload; failed: boolean};

/** Reads the deployment's runtime setting once, at the reader's first answer, never on page load. */
async function endpointFor(configUrl: string, buildTime: unknown): Promise<string | null> {
  let runtime: unknown;
  try {
    const res = await fetch(configUrl, {credentials: 'omit', cache: 'no-cache'});
    if (res.ok) runtime = await res.json();
  } catch {
    // No runtime file (dev server) or unreadable: the build-time setting stands.
  }
  return pickEndpoint(runtime, buildTime, window.location.origin);
}

async function post(url: string, payload: FeedbackPayload): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: {'Content-Type': 'application/json'},
    body: JSON.stringify(payload),
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
  });
}

/**
 * "Was this page helpful?": a Yes or No is recorded the moment it is clicked, then the reader may add a comment,
 * which joins that answer. Before anything is typed the widget says whether this deployment records answers.
 * With JavaScript off the same form posts page, answer and comment to the collector, which answers with its
 * thank-you page. Without an endpoint the reader gets the `aibox feedback` command and a comment to paste.
 */
export default function PageFeedback(): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const buildTime = siteConfig.customFields?.feedbackUrl;
  const formAction = typeof buildTime === 'string' && buildTime ? buildTime : undefined;
  const configUrl = useBaseUrl(`/${FEEDBACK_CONFIG_PATH}`);
  const page = normalisePagePath(useLocation().pathname);
  const [answer, setAnswer] = useState<FeedbackAnswer | null>(null);
  const [comment, setComment] = useState('');
  const [phase, setPhase] = useState<Phase>({name: 'ask'});
  const endpoint = useRef<Promise<string | null> | null>(null);
  const commentRef = useRef<HTMLTextAreaElement>(null);
  const id = useId();

  const vote = async (e: MouseEvent, value: FeedbackAnswer) => {
    // With JavaScript the vote goes out as JSON; the form's own post is for readers without it.
    e.preventDefault();
    if (phase.name !== 'ask') return;
    setAnswer(value);
    setPhase({name: 'voting'});
    endpoint.current ??= endpointFor(configUrl, buildTime);
    const url = await endpoint.current;
    const payload = buildPayload(page, value, '');
    if (!url) return setPhase({name: 'offline', payload, failed: false});
    try {
      const res = await post(url, payload);
      if (!res.ok) return setPhase({name: 'offline', payload, failed: true});
      const body = (await res.json().catch(() => ({}))) as {amend?: unknown};
      const amend = typeof body.amend === 'string' ? new URL(body.amend, url).href : null;
      setPhase({name: 'voted', amend});
    } catch {
      setPhase({name: 'offline', payload, failed: true});
    }
  };

  // Focus moves to the comment box once React has rendered it; a frame callback can run before that render.
  const voted = phase.name === 'voted';
  useEffect(() => {
    if (voted) commentRef.current?.focus();
  }, [voted]);

  const sendComment = async (e: MouseEvent) => {
    e.preventDefault();
    if (phase.name !== 'voted' || !answer) return;
    const payload = buildPayload(page, answer, comment);
    if (!payload.comment) return;
    // An endpoint of the deployment's own that issues no token gets the comment as an answer of its own.
    const url = phase.amend ?? (await endpoint.current);
    if (!url) return setPhase({name: 'offline', payload, failed: true});
    setPhase({name: 'sending', amend: phase.amend});
    try {
      const res = await post(url, payload);
      setPhase(res.ok ? {name: 'sent'} : {name: 'offline', payload, failed: true});
    } catch {
      setPhase({name: 'offline', payload, failed: true});
    }
  };

  const commenting = phase.name === 'voted' || phase.name === 'sending';
  return (
    <section className={styles.feedback} data-testid="page-feedback" aria-labelledby={`${id}-q`}>
      <form method="post" action={formAction}>
        <input type="hidden" name="page" value={page} />
        <p id={`${id}-q`} className={styles.question}>
          Was this page helpful?
        </p>
        <div className={styles.answers} role="group" aria-labelledby={`${id}-q`}>
          {(['yes', 'no'] as const).map((value) => (
            <button
              key={value}
              type={formAction ? 'submit' : 'button'}
              name="answer"
              value={value}
              className={`button button--sm ${answer === value ? 'button--primary' : 'button--secondary'}`}
              aria-pressed={answer === value}
              disabled={phase.name !== 'ask' && answer !== value}
              onClick={(e) => void vote(e, value)}
            >
              {value === 'yes' ? 'Yes' : 'No'}
            </button>
          ))}
        </div>
        <p className={styles.records} data-testid="page-feedback-records">
          {formAction
            ? 'Your Yes or No is recorded for the platform team as soon as you click it; a comment is optional.'
            : 'This site does not record answers. To tell the platform team, run aibox feedback on your machine.'}
        </p>
        {formAction && (
          <noscript>
            <label className={styles.comment}>
              Comment (optional), sent with your Yes or No
              <textarea name="comment" rows={3} maxLength={2000} />
            </label>
          </noscript>
        )}
        {commenting && (
          <div className={styles.comment}>
            <label htmlFor={`${id}-c`}>
              {answer === 'no' ? 'What was missing or wrong?' : 'Anything to add?'} (optional)
            </label>
            <textarea
              id={`${id}-c`}
              ref={commentRef}
              rows={3}
              maxLength={2000}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
            />
            <button
              type="button"
              className="button button--sm button--primary"
              disabled={phase.name === 'sending'}
              onClick={(e) => void sendComment(e)}
            >
              Send comment
            </button>
          </div>
        )}
      </form>
      <div role="status" aria-live="polite">
        {commenting && <p className={styles.done}>Recorded: your answer reached the platform team.</p>}
        {phase.name === 'sent' && <p className={styles.done}>Thank you: your comment was sent to the platform team.</p>}
        {phase.name === 'offline' && <OfflineFeedback payload={phase.payload} failed={phase.failed} />}
      </div>
      <p className={styles.privacy}>{privacyNote('this page')}</p>
    </section>
  );
}

function OfflineFeedback({payload, failed}: {payload: FeedbackPayload; failed: boolean}): ReactNode {
  const [copied, setCopied] = useState(false);
  const text = cliCommentFor(payload);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <div className={styles.offline} data-testid="page-feedback-offline">
      <p>
        {failed ? 'Your answer could not be recorded from this page.' : 'This site does not record answers.'} Send it
        with the CLI: run <code>aibox feedback</code> on your machine and paste this as the comment.
      </p>
      <pre>
        <code>{text}</code>
      </pre>
      <button type="button" className="button button--sm button--secondary" onClick={copy}>
        {copied ? 'Copied' : 'Copy comment'}
      </button>
    </div>
  );
}
