import {FAQ_CATEGORIES} from '../../src/content/enums';

export interface SyntheticFile {
  path: string;
  content: string;
}

const pad = (n: number) => String(n).padStart(5, '0');

const isFaq = (i: number) => i % 5 === 4;

function page(i: number, count: number): SyntheticFile {
  const j = isFaq(i + 1) ? i + 2 : i + 1;
  const next = j < count ? `See also [page ${j}](../section-${pad(Math.floor(j / 50))}/page-${pad(j)}.md).` : '';
  return {
    path: `docs/synthetic/section-${pad(Math.floor(i / 50))}/page-${pad(i)}.md`,
    content: `---
title: Synthetic page ${i}
description: A generated page for the scale benchmark, number ${i}.
owner: platform-team
last_reviewed: "2026-11-01"
---

This page exists to measure how checks and builds grow with the number of pages. ${next}

## Setup

Run the command and compare the output with the table below.

\`\`\`text
aibox status
sandbox: running
\`\`\`

| Field | Value |
| --- | --- |
| number | ${i} |
| section | ${Math.floor(i / 50)} |

## Details

Paragraph one of the details, with **bold** and \`inline code\`.

- First point for page ${i}
- Second point for page ${i}
`,
  };
}

function faq(i: number): SyntheticFile {
  const category = FAQ_CATEGORIES[i % FAQ_CATEGORIES.length];
  return {
    path: `docs/troubleshooting/${category}/synthetic-${pad(i)}.md`,
    content: `---
title: Synthetic problem ${i}
description: A generated FAQ entry for the scale benchmark, number ${i}.
owner: platform-team
last_reviewed: "2026-11-01"
category: ${category}
error_codes: []
applies_to:
  os: [linux]
  ide: any
resolution_tier: 1
status: active
---

## Symptoms

The generated symptom ${i} appears.

## Cause

The generated cause ${i}.

## Fix

1. Run the generated fix.

## Escalate

Ask in the support channel with the output of \`aibox doctor\`.
`,
  };
}

/** Extra pages that pass the real schemas and checks: four plain pages to one FAQ entry, linked in a chain. */
export function syntheticCorpus(count: number): SyntheticFile[] {
  const files: SyntheticFile[] = [];
  for (let i = 0; i < count; i++) files.push(isFaq(i) ? faq(i) : page(i, count));
  return files;
}
