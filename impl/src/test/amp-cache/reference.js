// Writes, for each of the URLs below, the AMP Cache URL that the AMP Project's own library computes
// (@ampproject/toolbox-cache-url, createCacheUrl('cdn.ampproject.org', url)), one "url<TAB>cache url"
// line each. The URLs come from a fixed-seed generator, so the output is the same on every run:
// seeddoc's AmpCacheReferenceTest compares its own computation with the checked-in copy
// (golden.tsv), and .ci/url-references runs this script again and fails if that copy is stale.
//
//   npm ci --prefix impl/src/test/amp-cache && node impl/src/test/amp-cache/reference.js > golden.tsv
'use strict';
const {createCacheUrl} = require('@ampproject/toolbox-cache-url');

const {random, pick, chance} = require('../seeded-random.js').seeded(20261201);

const ASCII_LABELS = ['news', 'www', 'amp', 'edition', 'm', 'eurekalert', 'medical-news', 'the-iet', 'a-b',
  'x1', '9to5', 'bbc', 'nytimes', 'lemonde', 'spiegel', 'ab--cd', 'xy--z', 'co', 'example', 'health-today'];
const A_LABELS = ['xn--bcher-kva', 'xn--strae-oqa', 'xn--mnchen-3ya', 'xn--80ak6aa92e', 'xn--fiqs8s',
  'xn--wgbh1c', 'xn--4dbrk0ce', 'xn--p1ai'];
const UNICODE_LABELS = ['bücher', 'straße', 'münchen', 'ελληνικά', 'λέξις', 'σς', 'пример', 'новости',
  '新闻', '例子', 'ニュース', '뉴스', 'أخبار', 'חדשות', 'café', 'naïve', 'ﬁnance', 'ǅemal'];
const TLDS = ['com', 'org', 'net', 'de', 'co.uk', 'io', 'fr', 'рф', '中国', 'بھارت'];
const PATHS = ['', '/', '/amp', '/amp/', '/amp/2022/05/ai-cancer', '/news/amp/article-123.html',
  '/a/b/c/', '/amp/straße', '/amp/%20x', '/amp/image.jpg', '/amp/font.woff2', '/amp/photo.PNG',
  '/amp/index.amp.html', '/amp/x;y=1', '/ünïcödé/amp'];
const QUERIES = ['', '', '?q=1', '?amp=1&utm_source=feed', '?a=b&c=', '?x=%E2%9C%93', '?'];
const FRAGMENTS = ['', '', '#section-1', '#top', '#', '#a?b'];

function label() {
  const r = random();
  if (r < 0.55) return pick(ASCII_LABELS);
  if (r < 0.7) return pick(A_LABELS);
  if (r < 0.9) return pick(UNICODE_LABELS);
  // a random ASCII label, now and then with '--' at positions 3-4 or long
  const letters = 'abcdefghijklmnopqrstuvwxyz0123456789';
  let out = '';
  const length = 1 + Math.floor(random() * (chance(0.15) ? 40 : 10));
  for (let i = 0; i < length; i++) out += letters[Math.floor(random() * letters.length)];
  return chance(0.2) && out.length > 4 ? out.slice(0, 2) + '--' + out.slice(4) : out;
}

function host() {
  const r = random();
  if (r < 0.03) return pick(['192.0.2.1', '203.0.113.77', '8.8.8.8']);
  if (r < 0.05) return pick(['[2001:db8::1]', '[::1]', '[2001:db8:0:0:1:0:0:1]']);
  const labels = [];
  const count = 1 + Math.floor(random() * (chance(0.1) ? 6 : 3));
  for (let i = 0; i < count; i++) labels.push(label());
  let name = labels.join('.') + '.' + pick(TLDS);
  if (chance(0.1)) name = name.toUpperCase();
  else if (chance(0.05)) name = name.replace(/^./, (c) => c.toUpperCase());
  if (chance(0.02)) name = name.replace('.', '\u200D.');
  return name;
}

function url() {
  const scheme = chance(0.85) ? 'https' : 'http';
  const port = chance(0.08) ? pick([':8080', ':443', ':80', ':8443']) : '';
  return scheme + '://' + host() + port + pick(PATHS) + pick(QUERIES) + pick(FRAGMENTS);
}

async function main() {
  const urls = [];
  const seen = new Set();
  while (urls.length < 2500) {
    const u = url();
    if (!seen.has(u)) {
      seen.add(u);
      urls.push(u);
    }
  }
  const lines = [];
  for (const u of urls) {
    try {
      lines.push(u + '\t' + (await createCacheUrl('cdn.ampproject.org', u)));
    } catch (e) {
      lines.push(u + '\tERROR ' + String(e.message).replace(/\s+/g, ' '));
    }
  }
  process.stdout.write(lines.join('\n') + '\n');
}

main();
