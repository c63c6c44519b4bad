import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {SiteRunbook} from '../content/generate/siteData';
import {SEVERITY_BADGES, type Severity} from '../content/enums';
import InlineList from './InlineList';
import {ALERT_CATALOGUE_ROUTE} from '../content/opsRoutes';

/**
 * The at-a-glance card an operator reads first: how bad, how long, who to call, and which alert brought them here.
 * Severity, RTO and escalation lead, and "Start at step 1" sits in the card, so on a phone the first screen holds
 * both the figures and the way to the first action (the symptoms and impact sections come before step 1).
 */
export default function RunbookCard({runbook: r}: {runbook: SiteRunbook}): ReactNode {
  const overdue = r.exerciseOverdueDays !== null;
  return (
    <aside className="runbook-card" aria-label="Runbook summary">
      <dl>
        {r.kind === 'disaster-recovery' ? (
          <>
            <div>
              <dt>Severity</dt>
              <dd>
                <span className={`badge badge--${SEVERITY_BADGES[r.severity as Severity]}`}>{r.severity}</span>
              </dd>
            </div>
            <div>
              <dt>RTO / RPO</dt>
              <dd>
                {r.rto} / {r.rpo}
              </dd>
            </div>
          </>
        ) : (
          <div>
            <dt>Cadence</dt>
            <dd>{r.cadence}</dd>
          </div>
        )}
        {r.escalation && (
          <div className="runbook-card__wide">
            <dt>Escalation</dt>
            <dd>{r.escalation.join(' → ')}</dd>
          </div>
        )}
        <div>
          <dt>Service</dt>
          <dd>{r.service}</dd>
        </div>
        <div>
          <dt>Owner</dt>
          <dd>{r.owner}</dd>
        </div>
        <div>
          <dt>Alerts</dt>
          <dd>
            {r.alerts.length ? (
              <InlineList
                items={r.alerts.map((a) => ({
                  key: a,
                  node: (
                    <Link to={`${ALERT_CATALOGUE_ROUTE}#${a}`} title={`${a} in the alert catalogue`}>
                      <code>{a}</code>
                    </Link>
                  ),
                }))}
              />
            ) : (
              'none (started by hand)'
            )}
          </dd>
        </div>
        <div>
          <dt>Last exercised</dt>
          <dd>
            {r.latestExerciseRoute ? <Link to={r.latestExerciseRoute}>{r.lastExercised}</Link> : r.lastExercised}{' '}
            {overdue ? (
              <span className="badge badge--danger" title={`Exercise interval: ${r.exerciseEveryDays} days`}>
                overdue by {r.exerciseOverdueDays} days
              </span>
            ) : (
              <span className="badge badge--success">current</span>
            )}
          </dd>
        </div>
      </dl>
      <p className="runbook-card__start">
        {/* A plain in-page link, so it works without JavaScript; #step-1 is the anchor src/remark/runbookSteps.ts
            gives the first step. */}
        <a href="#step-1" className="button button--primary button--sm">
          Start at step 1 ↓
        </a>
      </p>
    </aside>
  );
}
