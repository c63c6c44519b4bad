import React, {type ReactNode} from 'react';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import type {Survey} from '../content/schemas';
import {surveySecondsOf} from '../content/schemas/survey';
import {surveyEndpoint, privacyNote} from '../content/feedback';

/**
 * The survey of the current page as a plain HTML form: the browser posts it to the collector, which stores it and
 * answers 303 to the thank-you page. The same native post serves readers with and without JavaScript, so there is
 * one path to test and nothing that only works with scripts on.
 */
export default function SurveyForm(): ReactNode {
  const survey = (useDoc().frontMatter as {survey?: Survey}).survey;
  if (!survey) return null;
  const seconds = surveySecondsOf(survey.questions);
  return (
    <form
      method="post"
      action={surveyEndpoint(survey.id)}
      data-testid="survey-form"
      data-survey={survey.id}
      className="margin-vert--lg"
    >
      <p>
        {survey.questions.length} questions, about {seconds} seconds.
      </p>
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
            <label htmlFor={`survey-${q.id}`}>
              <strong>
                {i + 1}. {q.text}
              </strong>{' '}
              (optional)
            </label>
            <textarea id={`survey-${q.id}`} name={q.id} rows={3} maxLength={2000} style={{width: '100%'}} />
          </div>
        ),
      )}
      <p>
        <small>{privacyNote('the survey')}</small>
      </p>
      <button type="submit" className="button button--primary">
        Send answers
      </button>
    </form>
  );
}
