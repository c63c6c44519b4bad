import React, {type ReactNode} from 'react';
import type {FreshnessItem} from '../content/freshness';

export default function FreshnessNotice({items}: {items: FreshnessItem[]}): ReactNode {
  if (!items.length) return null;
  return (
    <div className="alert alert--warning freshness-notice" role="note">
      {items.map((i) =>
        i.reason === 'exercise' ? (
          <p key={i.reason}>
            <strong>Exercise overdue:</strong> last exercised {i.since}, due {i.due} ({i.daysOverdue} days ago). Follow
            it with care and tell {i.owner} what no longer matches.
          </p>
        ) : (
          <p key={i.reason}>
            <strong>Review overdue:</strong> last reviewed {i.since}, due {i.due} ({i.daysOverdue} days ago). Owner:{' '}
            {i.owner}.
          </p>
        ),
      )}
    </div>
  );
}
