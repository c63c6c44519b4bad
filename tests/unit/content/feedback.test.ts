import {test} from 'node:test';
import assert from 'node:assert/strict';
import {
  buildPayload,
  cliCommentFor,
  configFileContent,
  MAX_COMMENT_LENGTH,
  pickEndpoint,
  resolveEndpoint,
} from '../../../src/content/feedback';
import {feedbackConfigSchema, feedbackPayloadSchema} from '../../../src/content/schemas';
import {feedbackUrl} from '../../../src/siteSettings';

const ORIGIN = 'https://aibox-docs.example.internal';

test('the payload is exactly {page, answer, comment}, comment trimmed and capped', () => {
  assert.deepEqual(buildPayload('/docs/x', 'no', '  too short  '), {
    page: '/docs/x',
    answer: 'no',
    comment: 'too short',
  });
  assert.equal(buildPayload('/docs/x', 'yes', 'a'.repeat(5000)).comment.length, MAX_COMMENT_LENGTH);
  assert.ok(feedbackPayloadSchema.safeParse(buildPayload('/runbooks/day-2/x', 'yes', '')).success);
  assert.ok(!feedbackPayloadSchema.safeParse({page: '/docs/x', answer: 'maybe', comment: ''}).success);
  assert.ok(!feedbackPayloadSchema.safeParse({page: '/docs/x', answer: 'yes', comment: '', user: 'dana'}).success);
});

test('only a path on this site or an absolute http(s) URL is an endpoint; anything else switches feedback off', () => {
  assert.equal(resolveEndpoint('/api/feedback', ORIGIN), `${ORIGIN}/api/feedback`);
  assert.equal(resolveEndpoint('https://feedback.aibox.internal/v1', ORIGIN), 'https://feedback.aibox.internal/v1');
  assert.equal(resolveEndpoint('http://127.0.0.1:3740/feedback', ORIGIN), 'http://127.0.0.1:3740/feedback');
  // Judged by the origin the browser would post to, not by how the path starts.
  assert.equal(resolveEndpoint('/docs/../api/feedback', ORIGIN), `${ORIGIN}/api/feedback`);
  for (const off of [
    '',
    '   ',
    null,
    undefined,
    42,
    'javascript:alert(1)',
    '//evil.example/x',
    '/\\evil.example/collect',
    '/\t/evil.example',
    '/\n/evil.example/x',
    'feedback',
    'ftp://x/y',
  ]) {
    assert.equal(resolveEndpoint(off, ORIGIN), null, String(off));
  }
});

test('the runtime file wins over the build-time setting, also to switch feedback off', () => {
  assert.equal(pickEndpoint({version: 1, endpoint: '/f'}, 'https://b.example/x', ORIGIN), `${ORIGIN}/f`);
  assert.equal(pickEndpoint({version: 1, endpoint: null}, 'https://b.example/x', ORIGIN), null);
  assert.equal(pickEndpoint(undefined, 'https://b.example/x', ORIGIN), 'https://b.example/x');
  assert.equal(pickEndpoint(undefined, '', ORIGIN), null);
});

test('the build writes the runtime file from AIBOX_DOCS_FEEDBACK_URL', () => {
  assert.equal(feedbackUrl({}), '/api/feedback');
  assert.equal(feedbackUrl({AIBOX_DOCS_FEEDBACK_URL: 'off'}), '');
  assert.equal(feedbackUrl({AIBOX_DOCS_FEEDBACK_URL: '/x'}), '/x');
  assert.equal(feedbackUrl({AIBOX_DOCS_FEEDBACK_URL: ' /api/feedback '}), '/api/feedback');
  assert.equal(configFileContent(''), '{\n  "version": 1,\n  "endpoint": null\n}\n');
  assert.deepEqual(JSON.parse(configFileContent('/api/feedback')), {version: 1, endpoint: '/api/feedback'});
  assert.ok(feedbackConfigSchema.safeParse(JSON.parse(configFileContent(undefined))).success);
});

test('without an endpoint the reader gets a comment to paste into aibox feedback', () => {
  assert.equal(
    cliCommentFor({page: '/docs/a', answer: 'no', comment: 'step 3\nfails'}),
    'docs /docs/a: not helpful. step 3 fails',
  );
  assert.equal(cliCommentFor({page: '/docs/a', answer: 'yes', comment: ''}), 'docs /docs/a: helpful');
});
