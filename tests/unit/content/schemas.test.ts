import {test} from 'node:test';
import assert from 'node:assert/strict';
import {runbookSchema, teamPolicySchema, toolPackSchema, DURATION_RE} from '../../../src/content/schemas';

test('durations', () => {
  for (const ok of ['30m', '4h', '1d', '0m']) assert.match(ok, DURATION_RE);
  for (const bad of ['soon-ish', '4 h', '4H', '1w', '04h', '']) assert.doesNotMatch(bad, DURATION_RE);
});

test('runbook kinds are a union: day-2 needs cadence, disaster recovery needs rto', () => {
  const base = {
    title: 'T',
    description: 'D',
    owner: 'platform-team',
    last_reviewed: '2026-11-20',
    service: 'harbor',
    alerts: [],
    last_exercised: '2026-10-14',
  };
  assert.ok(runbookSchema.safeParse({...base, kind: 'day-2', cadence: 'weekly'}).success);
  assert.ok(!runbookSchema.safeParse({...base, kind: 'day-2', cadence: 'weekly', rto: '4h'}).success);
  assert.ok(
    !runbookSchema.safeParse({
      ...base,
      kind: 'disaster-recovery',
      severity: 'sev1',
      rpo: '1h',
      escalation: ['platform-oncall'],
    }).success,
  );
});

test('team policy and tool-pack manifests are strict', () => {
  assert.ok(teamPolicySchema.safeParse({version: 1, team: 'payments'}).success);
  assert.ok(!teamPolicySchema.safeParse({version: 2, team: 'payments'}).success);
  assert.ok(
    !teamPolicySchema.safeParse({version: 1, team: 'payments', network: {allow: [{host: 'not a host', reason: 'x'}]}})
      .success,
  );
  const pack = {
    name: 'java-17',
    version: '1.4.0',
    description: 'JDK',
    maintainers: ['platform-team'],
    base_image: 'harbor.aibox.internal/aibox/base:2026.11',
    install: {apt: ['maven']},
    verify: ['java -version'],
  };
  assert.ok(toolPackSchema.safeParse(pack).success);
  assert.ok(
    !toolPackSchema.safeParse({...pack, base_image: 'docker.io/library/ubuntu:24.04'}).success,
    'images come from Harbor only',
  );
  assert.ok(!toolPackSchema.safeParse({...pack, verify: []}).success);
});
