import React, {useId, useRef, useState, type FormEvent, type ReactNode} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {useLocation} from '@docusaurus/router';
import {
  buildPayload,
  cliCommentFor,
  FEEDBACK_CONFIG_PATH,
  pickEndpoint,
  type FeedbackAnswer,
  type FeedbackPayload,
} from '../../content/feedback';
import styles from './styles.module.css';

type Phase =
  | {name: 'ask'}
  | {name: 'comment'}
  | {name: 'sending'}
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

/**
 * "Was this page helpful?": yes or no, then an optional comment, posted as JSON {page, answer, comment} to the
 * endpoint the deployment configured, and nowhere else. Without one, the reader gets the `aibox feedback`
 * command and a prefilled comment to paste. Server-rendered, so it is on the page before any script runs.
 */
export default function PageFeedback(): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const configUrl = useBaseUrl(`/${FEEDBACK_CONFIG_PATH}`);
  const page = useLocation().pathname;
  const [answer, setAnswer] = useState<FeedbackAnswer | null>(null);
  const [comment, setComment] = useState('');
  const [phase, setPhase] = useState<Phase>({name: 'ask'});
  const endpoint = useRef<Promise<string | null> | null>(null);
  const commentRef = useRef<HTMLTextAreaElement>(null);
  const id = useId();

  const choose = (value: FeedbackAnswer) => {
    setAnswer(value);
    setPhase({name: 'comment'});
    endpoint.current ??= endpointFor(configUrl, siteConfig.customFields?.feedbackUrl);
    requestAnimationFrame(() => commentRef.current?.focus());
  };

  const send = async (e: FormEvent) => {
    e.preventDefault();
    if (!answer) return;
    const payload = buildPayload(page, answer, comment);
    setPhase({name: 'sending'});
    const url = await (endpoint.current ?? endpointFor(configUrl, siteConfig.customFields?.feedbackUrl));
    if (!url) {
      setPhase({name: 'offline', payload, failed: false});
      return;
    }
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: {'Content-Type': 'application/json'},
        body: JSON.stringify(payload),
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
      });
      setPhase(res.ok ? {name: 'sent'} : {name: 'offline', payload, failed: true});
    } catch {
      setPhase({name: 'offline', payload, failed: true});
    }
  };

  return (
    <section className={styles.feedback} data-testid="page-feedback" aria-labelledby={`${id}-q`}>
      <form onSubmit={send}>
        <p id={`${id}-q`} className={styles.question}>
          Was this page helpful?
        </p>
        <div className={styles.answers} role="group" aria-labelledby={`${id}-q`}>
          {(['yes', 'no'] as const).map((value) => (
            <button
              key={value}
              type="button"
              className={`button button--sm ${answer === value ? 'button--primary' : 'button--secondary'}`}
              aria-pressed={answer === value}
              disabled={phase.name === 'sending' || phase.name === 'sent'}
              onClick={() => choose(value)}
            >
              {value === 'yes' ? 'Yes' : 'No'}
            </button>
          ))}
        </div>
        {phase.name === 'comment' || phase.name === 'sending' ? (
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
            <button type="submit" className="button button--sm button--primary" disabled={phase.name === 'sending'}>
              Send feedback
            </button>
          </div>
        ) : null}
      </form>
      <div role="status" aria-live="polite">
        {phase.name === 'sent' && (
          <p className={styles.done}>Thank you: your feedback was sent to the platform team.</p>
        )}
        {phase.name === 'offline' && <OfflineFeedback payload={phase.payload} failed={phase.failed} />}
      </div>
      <noscript>
        <p>
          To tell the platform team about this page, run <code>aibox feedback</code> on your machine and name the page
          in your comment.
        </p>
      </noscript>
      <p className={styles.privacy}>
        Privacy: sends only this page's address, your answer and your comment; no name, no cookies, nothing to third
        parties.
      </p>
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
        {failed ? 'Your feedback could not be sent from this page.' : 'This site does not collect feedback itself.'}{' '}
        Send it with the CLI: run <code>aibox feedback</code> on your machine and paste this as the comment.
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
