import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import raw from '@generated/aibox-content/default/ops-catalogue.json';
import type {OpsPageData} from '../content/generate/opsCatalogue';

const data = raw as OpsPageData;

/** monitoring/metrics.yaml as a table: where each number of an alert or a dashboard panel comes from. */
export default function MetricsCatalogue(): ReactNode {
  const brokenLinks = useBrokenLinks();
  return (
    <table data-testid="metrics-catalogue">
      <thead>
        <tr>
          <th scope="col">Metric</th>
          <th scope="col">Emitted by</th>
          <th scope="col">Meaning</th>
          <th scope="col">Labels</th>
          <th scope="col">Used by</th>
        </tr>
      </thead>
      <tbody>
        {data.metrics.map((m) => {
          brokenLinks.collectAnchor(m.name);
          return (
            <tr key={m.name} id={m.name}>
              <th scope="row">
                <code>{m.name}</code>
                <br />
                <small>
                  {m.type}, {m.unit}
                </small>
              </th>
              <td>{m.source}</td>
              <td>{m.meaning}</td>
              <td>
                {m.labels.length
                  ? m.labels.map((l, i) => (
                      <React.Fragment key={l}>
                        {i > 0 && ' '}
                        <code>{l}</code>
                      </React.Fragment>
                    ))
                  : 'none'}
              </td>
              <td>
                {m.alerts.map((a) => (
                  <React.Fragment key={a}>
                    <Link to={`${data.catalogueRoute}#${a}`}>
                      <code>{a}</code>
                    </Link>{' '}
                  </React.Fragment>
                ))}
                {m.panels.map((p, i) => (
                  <React.Fragment key={p.anchor}>
                    {(i > 0 || m.alerts.length > 0) && '; '}
                    <Link to={`${data.dashboardsRoute}#${p.anchor}`}>{p.title}</Link>
                  </React.Fragment>
                ))}
                {!m.alerts.length && !m.panels.length && 'nothing yet'}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
