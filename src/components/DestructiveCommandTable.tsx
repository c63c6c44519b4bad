import React, {type ReactNode} from 'react';
import {DESTRUCTIVE_COMMANDS} from '../content/destructiveCommands';

/** The commands the copy-block rules treat as destructive, from the list the check reads. */
export default function DestructiveCommandTable(): ReactNode {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Command</th>
          <th scope="col">Kind</th>
          <th scope="col">Matched by</th>
        </tr>
      </thead>
      <tbody>
        {DESTRUCTIVE_COMMANDS.map((d) => (
          <tr key={d.name}>
            <td>
              <code>{d.name}</code>
            </td>
            <td>{d.kind}</td>
            <td>
              <code>{d.pattern.source}</code>
              {d.at === 'line' ? ' anywhere on the line' : ' where a command starts'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
