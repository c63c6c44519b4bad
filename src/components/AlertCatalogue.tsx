import React, {useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import useIsBrowser from '@docusaurus/useIsBrowser';
import raw from '@generated/aibox-content/default/ops-catalogue.json';
import type {CatalogueAlert, OpsPageData} from '../content/generate/opsCatalogue';
import {panelAnchor} from '../content/opsRoutes';
import {ALERT_SEVERITIES, ALERT_SEVERITY_BADGES} from '../content/enums';

// A module only the operations pages import, so the catalogue does not ride along in every page's global data.
const data = raw as OpsPageData;

const matches = (a: CatalogueAlert, text: string, severity: string, service: string) =>
  (!severity || a.severity === severity) &&
  (!service || a.service === service) &&
  (!text ||
    `${a.name} ${a.service} ${a.summary} ${a.threshold} ${a.runbook.title}`.toLowerCase().includes(text.toLowerCase()));

/** Filters appear only after hydration: without JavaScript every row is simply there. */
function Filters(props: {
  text: string;
  severity: string;
  service: string;
  set: (f: Partial<{text: string; severity: string; service: string}>) => void;
}) {
  const services = [...new Set(data.alerts.map((a) => a.service))].sort();
  return (
    <form
      className="alert-catalogue__filters"
      role="search"
      aria-label="Filter alerts"
      onSubmit={(e) => e.preventDefault()}
    >
      <label>
        Search{' '}
        <input
          type="search"
          value={props.text}
          onChange={(e) => props.set({text: e.target.value})}
          data-testid="alert-filter-text"
        />
      </label>
      <label>
        Severity{' '}
        <select
          value={props.severity}
          onChange={(e) => props.set({severity: e.target.value})}
          data-testid="alert-filter-severity"
        >
          <option value="">all</option>
          {ALERT_SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <label>
        Service{' '}
        <select
          value={props.service}
          onChange={(e) => props.set({service: e.target.value})}
          data-testid="alert-filter-service"
        >
          <option value="">all</option>
          {services.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}

/** Every alert, one row each with the alert name as its anchor; generated from monitoring/alerts/. */
export default function AlertCatalogue(): ReactNode {
  const isBrowser = useIsBrowser();
  const brokenLinks = useBrokenLinks();
  const [filter, setFilter] = useState({text: '', severity: '', service: ''});
  const shown = data.alerts.filter((a) => matches(a, filter.text, filter.severity, filter.service));
  return (
    <div className="alert-catalogue">
      {isBrowser && <Filters {...filter} set={(f) => setFilter({...filter, ...f})} />}
      <p aria-live="polite" data-testid="alert-count">
        {shown.length === data.alerts.length
          ? `${data.alerts.length} alerts`
          : `${shown.length} of ${data.alerts.length} alerts`}
      </p>
      <table data-testid="alert-catalogue">
        <thead>
          <tr>
            <th scope="col">Alert</th>
            <th scope="col">Service</th>
            <th scope="col">Severity</th>
            <th scope="col">Threshold</th>
            <th scope="col">Route</th>
            <th scope="col">Runbook</th>
          </tr>
        </thead>
        <tbody>
          {data.alerts.map((a) => {
            brokenLinks.collectAnchor(a.name);
            return (
              <tr key={a.name} id={a.name} hidden={!shown.includes(a)} data-severity={a.severity}>
                <th scope="row">
                  <a href={`#${a.name}`}>
                    <code>{a.name}</code>
                  </a>
                  <br />
                  <small>{a.summary}</small>
                </th>
                <td>{a.service}</td>
                <td>
                  <span className={`badge badge--${ALERT_SEVERITY_BADGES[a.severity]}`}>{a.severity}</span>
                </td>
                <td>
                  {a.threshold} <small>(for {a.for})</small>
                  <details>
                    <summary>PromQL</summary>
                    <pre>
                      <code>{a.expr}</code>
                    </pre>
                  </details>
                  <small>
                    Panel:{' '}
                    <Link to={`${data.dashboardsRoute}#${panelAnchor(a.panel.dashboard, a.panel.panel)}`}>
                      {a.panel.title}
                    </Link>
                  </small>
                </td>
                <td>
                  <code>{a.receiver}</code>, {a.hours === '24x7' ? '24×7' : 'business hours'}
                  <br />
                  <small>then {a.escalation.join(' → ')}</small>
                </td>
                <td>
                  <Link to={a.runbook.route}>{a.runbook.title}</Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
