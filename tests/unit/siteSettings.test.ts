import {test} from 'node:test';
import assert from 'node:assert/strict';
import {feedbackUrl, parseSiteUrl, siteUrl} from '../../src/siteSettings';

test('the site is a bare http(s) origin; anything that could ride into runbook_url or a JSON map is refused', () => {
  assert.equal(parseSiteUrl('https://docs.example'), 'https://docs.example');
  assert.equal(parseSiteUrl('https://docs.example/'), 'https://docs.example');
  assert.equal(parseSiteUrl('http://docs.lab:8080'), 'http://docs.lab:8080');
  assert.equal(parseSiteUrl('HTTPS://Docs.Example'), 'https://docs.example');
  for (const bad of [
    'https://ok.example/"{{ query "up" }}',
    'https://ok.example/{{ $value }}',
    'https://ok.example/ x',
    "https://ok.example/'",
    'https://user:pass@ok.example',
    'https://ok.example/docs',
    'https://ok.example?x=1',
    'https://ok.example#top',
    'https://ok.example\\evil.example',
    'javascript:alert(1)',
    'ftp://ok.example',
    'ok.example',
    '',
  ]) {
    assert.equal(parseSiteUrl(bad), undefined, bad);
  }
});

test('AIBOX_DOCS_SITE_URL goes through the same parser, with a one-line error', () => {
  assert.equal(siteUrl({}), 'https://aibox-docs.example.internal');
  assert.equal(siteUrl({AIBOX_DOCS_SITE_URL: 'https://docs.lab/'}), 'https://docs.lab');
  assert.throws(
    () => siteUrl({AIBOX_DOCS_SITE_URL: 'https://ok.example/"{{ query "up" }}'}),
    /^SiteUrlError: expected the site as an http\(s\) origin like https:\/\/aibox-docs\.example\.internal, found "https:\/\/ok\.example\/"\{\{ query "up" \}\}"$/,
  );
});

test('AIBOX_DOCS_FEEDBACK_URL must resolve to this site or an http(s) URL, else the build stops with one line', () => {
  assert.equal(feedbackUrl({AIBOX_DOCS_FEEDBACK_URL: '/api/feedback'}), '/api/feedback');
  assert.equal(feedbackUrl({AIBOX_DOCS_FEEDBACK_URL: 'https://feedback.example/v1'}), 'https://feedback.example/v1');
  assert.equal(feedbackUrl({AIBOX_DOCS_FEEDBACK_URL: 'OFF'}), '');
  const refused: [string, string][] = [
    ['/\\evil.example/collect', '"/\\\\evil.example/collect"'],
    ['/\t/evil.example', '"/\\t/evil.example"'],
    ['//evil.example/collect', '"//evil.example/collect"'],
    ['javascript:alert(1)', '"javascript:alert(1)"'],
    ['collect', '"collect"'],
  ];
  for (const [value, shown] of refused) {
    assert.throws(
      () => feedbackUrl({AIBOX_DOCS_FEEDBACK_URL: value}),
      (e: Error) =>
        e.name === 'FeedbackUrlError' &&
        e.message ===
          `AIBOX_DOCS_FEEDBACK_URL: expected a path on this site like /api/feedback, an http(s) URL or off, found ${shown}`,
      value,
    );
  }
});
