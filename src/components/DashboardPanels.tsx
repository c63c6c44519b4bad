import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import useBaseUrl from '@docusaurus/useBaseUrl';
import raw from '@generated/aibox-content/default/ops-catalogue.json';
import type {OpsPageData} from '../content/generate/opsCatalogue';
import {panelAnchor} from '../content/opsRoutes';

const data = raw as OpsPageData;
const KPI_ROUTE = '/docs/rollout/kpis';

/** Each dashboard with its panels: the PromQL, what KPI or SLA the panel shows, and the alerts it backs. */
export default function DashboardPanels(): ReactNode {
  const brokenLinks = useBrokenLinks();
  const base = useBaseUrl('/');
  return (
    <>
      {data.dashboards.map((d) => (
        <section key={d.id} className="dashboard-panels">
          <Heading as="h2" id={d.id}>
            {d.title}
          </Heading>
          <p>
            {d.description} Open it at <a href={d.url}>{d.url.replace(/^https:\/\//, '')}</a> (dashboard id{' '}
            <code>{d.id}</code>). To import it into your own Grafana, or provision it from a file, download{' '}
            <a href={`${base}${d.grafanaFile}`} download data-testid="grafana-file">
              <code>{d.grafanaFile}</code>
            </a>{' '}
            and choose your Prometheus data source in its <code>datasource</code> variable.
          </p>
          <table>
            <thead>
              <tr>
                <th scope="col">Panel</th>
                <th scope="col">PromQL</th>
                <th scope="col">Shows</th>
                <th scope="col">Alerts</th>
              </tr>
            </thead>
            <tbody>
              {d.panels.map((p) => {
                const anchor = panelAnchor(d.id, p.id);
                brokenLinks.collectAnchor(anchor);
                return (
                  <tr key={p.id} id={anchor}>
                    <th scope="row">
                      {p.title}
                      <br />
                      <small>
                        <code>{p.id}</code>
                        {p.unit ? `, ${p.unit}` : ''}
                      </small>
                    </th>
                    <td>
                      <code className="dashboard-panels__expr">{p.expr}</code>
                    </td>
                    <td>
                      {p.shows}
                      {p.kpi && (
                        <>
                          {' '}
                          (<Link to={`${KPI_ROUTE}#${p.kpi}`}>KPI definition</Link>)
                        </>
                      )}
                    </td>
                    <td>
                      {p.alerts.length
                        ? p.alerts.map((a, i) => (
                            <React.Fragment key={a}>
                              {i > 0 && ', '}
                              <Link to={`${data.catalogueRoute}#${a}`}>
                                <code>{a}</code>
                              </Link>
                            </React.Fragment>
                          ))
                        : 'none'}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      ))}
    </>
  );
}
