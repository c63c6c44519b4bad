import type {CollectorSite, Survey} from '../../../src/content/schemas';

export const PAGE = '/docs/getting-started/quickstart-vscode';

export const PILOT_WEEKLY: Survey = {
  id: 'pilot-weekly',
  audience: 'pilot',
  cadence: 'weekly',
  weeks: {from: 3},
  questions: [
    {
      id: 'overall',
      type: 'scale',
      text: 'How do you rate AI-Box for your work this week?',
      labels: ['Unacceptable', 'Poor', 'Acceptable', 'Good', 'Excellent'],
      acceptable_from: 3,
    },
    {id: 'start', type: 'scale', text: 'How fast did the sandbox start?', labels: ['1', '2', '3', '4', '5']},
    {id: 'blocked', type: 'text', text: 'What slowed you down?'},
  ],
};

export const SITE: CollectorSite = {
  version: 1,
  pages: ['/', PAGE, '/runbooks/day-2/cve-triage'],
  surveys: [PILOT_WEEKLY],
};
