import React, {type ReactNode} from 'react';
import type {SiteExercise} from '../content/generate/siteData';
import RunbookLinks from './RunbookLinks';

export default function ExerciseCard({exercise: e}: {exercise: SiteExercise}): ReactNode {
  return (
    <aside className="exercise-card" aria-label="Exercise summary">
      <p>
        <strong>Date:</strong> {e.date} · <strong>Facilitator:</strong> {e.facilitator} · <strong>Participants:</strong>{' '}
        {e.participants.join(', ')}
      </p>
      <p>
        <strong>Runbooks exercised:</strong> <RunbookLinks links={e.runbookLinks} />
      </p>
      <p>
        <strong>Findings</strong>
      </p>
      <ul>
        {e.findings.map((f) => (
          <li key={f}>{f}</li>
        ))}
      </ul>
      <p>
        <strong>Actions</strong>
      </p>
      <table>
        <thead>
          <tr>
            <th>Action</th>
            <th>Owner</th>
            <th>Due</th>
            <th>Status</th>
          </tr>
        </thead>
        <tbody>
          {e.actions.map((a) => (
            <tr key={a.action}>
              <td>{a.action}</td>
              <td>{a.owner}</td>
              <td>{a.due}</td>
              <td>{a.status}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </aside>
  );
}
