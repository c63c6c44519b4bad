import React, {type ReactNode} from 'react';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {rankPainPoints, topFive, TOP_PAIN_POINTS, PILOT_COHORT, type PainPoint} from '../content/painPoints';

/**
 * The register page's pain points, ranked, with the pilot exit criterion computed from the same records: the
 * verdict cannot drift from the table, because both come from the page's frontmatter.
 */
export default function PainPointRegister(): ReactNode {
  const points = (useDoc().frontMatter as {pain_points?: PainPoint[]}).pain_points;
  if (!points) return null;
  const ranked = rankPainPoints(points);
  const summary = topFive(points);
  const fixed = summary.top.filter((p) => p.status !== 'open').length;
  return (
    <>
      <div
        className={`alert alert--${summary.holds ? 'success' : 'warning'} margin-vert--md`}
        role="status"
        data-testid="pain-point-verdict"
        data-holds={String(summary.holds)}
      >
        <strong>
          Top {TOP_PAIN_POINTS} fixed and validated: {summary.holds ? 'holds' : 'does not hold yet'}.
        </strong>{' '}
        {summary.top.length < TOP_PAIN_POINTS
          ? `Only ${summary.top.length} pain points are recorded; `
          : `Of the top ${TOP_PAIN_POINTS}, `}
        {fixed} have a shipped fix and {summary.validated} of those are validated with the pilot developers.
      </div>
      <table data-testid="pain-point-register">
        <thead>
          <tr>
            <th>Rank</th>
            <th>Pain point</th>
            <th>Category</th>
            <th>Developers (of {PILOT_COHORT})</th>
            <th>Severity</th>
            <th>Status</th>
            <th>Found by</th>
            <th>Fix</th>
            <th>Validated by</th>
          </tr>
        </thead>
        <tbody>
          {ranked.map((p, i) => (
            <tr key={p.id} id={p.id} data-status={p.status}>
              <td>{i < TOP_PAIN_POINTS ? <strong>{i + 1}</strong> : i + 1}</td>
              <td>{p.title}</td>
              <td>{p.category}</td>
              <td>{p.developers}</td>
              <td>{p.severity}</td>
              <td>{p.status}</td>
              <td>{p.found_by}</td>
              <td>{p.fix ?? '-'}</td>
              <td>{p.validated_by ?? '-'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
