import React, {useMemo, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useIsBrowser from '@docusaurus/useIsBrowser';
import runbooksData from '@generated/aibox-content/default/runbooks.json';
import type {Runbooks} from './siteData';
import {RUNBOOK_KIND_LABELS, RUNBOOK_KINDS} from '../content/enums';

const runbooks = runbooksData as Runbooks;

type Sort = 'asc' | 'desc';

/**
 * Every runbook in one table. The server renders it whole, oldest exercise first, so it reads without JavaScript;
 * in the browser the kind and service filters and the sort on "Last exercised" appear.
 */
export default function RunbooksTable(): ReactNode {
  const isBrowser = useIsBrowser();
  const [kind, setKind] = useState('all');
  const [service, setService] = useState('all');
  const [sort, setSort] = useState<Sort>('asc');
  const services = useMemo(() => [...new Set(runbooks.map((r) => r.service))].sort(), [runbooks]);
  const rows = runbooks
    .filter((r) => (kind === 'all' || r.kind === kind) && (service === 'all' || r.service === service))
    .sort(
      (a, b) =>
        (sort === 'asc' ? 1 : -1) * (a.lastExercised.localeCompare(b.lastExercised) || a.title.localeCompare(b.title)),
    );
  return (
    <div className="runbooks-table">
      {isBrowser && (
        <div className="runbooks-table__filters">
          <label>
            Kind{' '}
            <select value={kind} onChange={(e) => setKind(e.target.value)}>
              <option value="all">all</option>
              {RUNBOOK_KINDS.map((k) => (
                <option key={k} value={k}>
                  {RUNBOOK_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </label>
          <label>
            Service{' '}
            <select value={service} onChange={(e) => setService(e.target.value)}>
              <option value="all">all</option>
              {services.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </label>
          <span aria-live="polite">{rows.length} runbooks</span>
        </div>
      )}
      <table>
        <thead>
          <tr>
            <th scope="col">Runbook</th>
            <th scope="col">Kind</th>
            <th scope="col">Service</th>
            <th scope="col">Severity or cadence</th>
            <th scope="col">RTO / RPO</th>
            <th scope="col">Owner</th>
            <th scope="col" aria-sort={sort === 'asc' ? 'ascending' : 'descending'}>
              {isBrowser ? (
                <button
                  type="button"
                  className="clean-btn runbooks-table__sort"
                  onClick={() => setSort(sort === 'asc' ? 'desc' : 'asc')}
                >
                  Last exercised {sort === 'asc' ? '▲' : '▼'}
                </button>
              ) : (
                'Last exercised'
              )}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-kind={r.kind} data-service={r.service}>
              <td>
                <Link to={r.route}>{r.title}</Link>
              </td>
              <td data-label="Kind">{RUNBOOK_KIND_LABELS[r.kind]}</td>
              <td data-label="Service">{r.service}</td>
              <td data-label={r.severity ? 'Severity' : 'Cadence'}>{r.severity ?? r.cadence}</td>
              <td data-label="RTO / RPO">{r.rto ? `${r.rto} / ${r.rpo}` : 'n/a'}</td>
              <td data-label="Owner">{r.owner}</td>
              <td data-label="Last exercised">
                {r.lastExercised}
                {r.exerciseOverdueDays !== null && <span className="badge badge--danger margin-left--sm">overdue</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
