import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import exercisesData from '@generated/aibox-content/default/exercises.json';
import type {Exercises} from './siteData';

const exercises = exercisesData as Exercises;
import RunbookLinks from './RunbookLinks';

/** Every tabletop exercise, newest first, with its open actions counted. */
export default function ExerciseLog(): ReactNode {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Exercise</th>
          <th scope="col">Runbooks</th>
          <th scope="col">Findings</th>
          <th scope="col">Open actions</th>
        </tr>
      </thead>
      <tbody>
        {exercises.map((e) => (
          <tr key={e.file}>
            <td>{e.date}</td>
            <td>
              <Link to={e.route}>{e.title}</Link>
              <br />
              <small>{e.scenario}</small>
            </td>
            <td>
              <RunbookLinks links={e.runbookLinks} />
            </td>
            <td>{e.findings.length}</td>
            <td>
              {e.actions
                .filter((a) => a.status === 'open')
                .map((a) => `${a.action} (${a.owner}, due ${a.due})`)
                .join('; ') || 'none'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
