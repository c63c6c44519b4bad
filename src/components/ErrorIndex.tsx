import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import codesData from '@generated/aibox-content/default/codes.json';
import type {Codes} from './siteData';
import {CATEGORY_SHORT_LABELS} from '../content/enums';

const codes = codesData as Codes;

/** Every published code, like a compiler's error index. Generated from the FAQ entries that home them. */
export default function ErrorIndex(): ReactNode {
  return (
    <table className="error-index">
      <thead>
        <tr>
          <th scope="col">Code</th>
          <th scope="col">Title</th>
          <th scope="col">Category</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {codes.map((c) => (
          <tr key={c.code} id={c.code}>
            <td>
              <Link to={c.route}>
                <code className="error-code">{c.code}</code>
              </Link>
            </td>
            <td>
              <Link to={c.route}>{c.title}</Link>
              <br />
              <small>{c.summary}</small>
            </td>
            <td>{CATEGORY_SHORT_LABELS[c.category]}</td>
            <td>{c.status}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
