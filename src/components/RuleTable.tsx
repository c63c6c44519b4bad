import React, {type ReactNode} from 'react';
import {ruleList} from '../content/rules';

/** Every content rule from the registry: the same ids the check prints in brackets. */
export default function RuleTable(): ReactNode {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Rule</th>
          <th scope="col">What it guarantees</th>
          <th scope="col">Usual fix</th>
        </tr>
      </thead>
      <tbody>
        {ruleList().map((r) => (
          <tr key={r.id} id={`rule-${r.id.replace('/', '-')}`}>
            <td>
              <code>{r.id}</code>
            </td>
            <td>{r.description}</td>
            <td>{r.fix}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
