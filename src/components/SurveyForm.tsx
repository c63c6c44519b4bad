import React, {useId, useState, type FormEvent, type ReactNode} from 'react';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type {Survey} from '../content/schemas';
import {privacyNote, surveyEndpoint, surveyPayload, surveySecondsOf} from '../content/feedback';

type Phase = {name: 'ask'} | {name: 'sending'} | {name: 'sent'} | {name: 'failed'; reason: string};

/** The collector's one-line refusal ({field, message}) as the reader sees it, or a plain reason. */
async function reasonOf(res: Response): Promise<string> {
  try {
    const body = (await res.json()) as {field?: unknown; message?: unknown};
    if (typeof body.field === 'string' && typeof body.message === 'string') return `${body.field}: ${body.message}`;
  } catch {
    // Not the collector's JSON (a proxy error page): the status says enough.
  }
  return `the server answered ${res.status}`;
}

/**
 * The survey of the current page. Without JavaScript it is a plain HTML form: the browser posts it to the
 * collector, which stores it and answers 303 to the thank-you page. With JavaScript the same answers go out as
 * JSON and the thank-you appears in place, so the reader stays on the page; the browser's own check of the
 * required scales runs first in both cases.
 */
export default function SurveyForm(): ReactNode {
  const survey = (useDoc().frontMatter as {survey?: Survey}).survey;
  const action = useBaseUrl(surveyEndpoint(survey?.id ?? ''));
  const [phase, setPhase] = useState<Phase>({name: 'ask'});
  const id = useId();
  if (!survey) return null;
  const seconds = surveySecondsOf(survey.questions);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (phase.name === 'sending' || phase.name === 'sent') return;
    const data = new FormData(e.currentTarget);
    const body = surveyPayload(survey.questions, (q) => {
      const v = data.get(q);
      return typeof v === 'string' ? v : null;
    });
    setPhase({name: 'sending'});
    try {
      const res = await fetch(action, {
        method: 'POST',
        headers: {'Content-Type': 'application/json'},
        body: JSON.stringify(body),
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
      });
      setPhase(res.ok ? {name: 'sent'} : {name: 'failed', reason: await reasonOf(res)});
    } catch {
      setPhase({name: 'failed', reason: 'the collector could not be reached'});
    }
  };

  const done = phase.name === 'sent';
  return (
    <section className="margin-vert--lg" data-testid="survey" aria-labelledby={`${id}-h`}>
      <form
        method="post"
        action={action}
        data-testid="survey-form"
        data-survey={survey.id}
        onSubmit={(e) => void submit(e)}
      >
        <p id={`${id}-h`}>
          {survey.questions.length} questions, about {seconds} seconds.
        </p>
        <fieldset disabled={done || phase.name === 'sending'} style={{border: 0, padding: 0, margin: 0}}>
          {survey.questions.map((q, i) =>
            q.type === 'scale' ? (
              <fieldset key={q.id} className="margin-bottom--md">
                <legend>
                  <strong>
                    {i + 1}. {q.text}
                  </strong>
                </legend>
                {q.labels.map((label, n) => (
                  <label key={label} style={{display: 'block'}}>
                    <input type="radio" name={q.id} value={n + 1} required /> {n + 1}: {label}
                  </label>
                ))}
              </fieldset>
            ) : (
              <div key={q.id} className="margin-bottom--md">
                <label htmlFor={`${id}-${q.id}`}>
                  <strong>
                    {i + 1}. {q.text}
                  </strong>{' '}
                  (optional)
                </label>
                <textarea id={`${id}-${q.id}`} name={q.id} rows={3} maxLength={2000} style={{width: '100%'}} />
              </div>
            ),
          )}
          <p>
            <small>{privacyNote('the survey')}</small>
          </p>
          <button type="submit" className="button button--primary">
            Send answers
          </button>
        </fieldset>
      </form>
      <div role="status" aria-live="polite" data-testid="survey-status">
        {done && (
          <p className="alert alert--success margin-top--md">
            Thank you: your answers were stored for the platform team.
          </p>
        )}
        {phase.name === 'failed' && (
          <p className="alert alert--danger margin-top--md">
            Your answers could not be stored ({phase.reason}). Send them with <code>aibox feedback</code> or in{' '}
            <code>#aibox-help</code> instead.
          </p>
        )}
      </div>
    </section>
  );
}
