// Writes, for each generated bracketed host below, whether the WHATWG URL Standard's host parser
// accepts it, as Node's built-in URL class implements that standard: one "host<TAB>valid|invalid"
// line each. The hosts come from a fixed-seed generator, so the output is the same on every run:
// seeddoc's Ipv6ReferenceTest compares its own IPv6 check with the checked-in copy (ipv6.tsv), and
// .ci/url-reference runs this script again and fails if that copy is stale. No npm package needed.
//
//   node impl/src/test/whatwg-url/reference.js > impl/src/test/whatwg-url/ipv6.tsv
'use strict';

const {random, pick, chance} = require('../seeded-random.js').seeded(20261201);
const HEX = '0123456789abcdefABCDEF';

// Hand-picked edges first, among them the address a fuzzer found Java's URI parser throwing on.
const FIXED = ['::', '::1', '1::', '2001:db8::1', '2001:DB8::1', '2001:db8:0:0:1:0:0:1', '::ffff:192.0.2.1',
  '::192.0.2.1', '2001:db8::17777777777777777777777777.7', '::1.2.3', '::1.2.3.4.5', '::01.2.3.4',
  '::1.2.3.256', '1.2.3.4', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7::', '::2:3:4:5:6:7:8',
  '1:2:3:4:5:6::8', '1::2::3', ':1::', '::1:', '12345::', '0000:0000::', '00000::', 'g::', '::1.2.3.4:5',
  '1:2:3:4:5:6:1.2.3.4', '1:2:3:4:5:6:7:1.2.3.4', '::1.2..4', '::.1.2.3', '', ':', ':::', '::1%eth0', '\uFF12\uFF10\uFF10\uFF11:db8::1'];

function hextet() {
  const length = chance(0.05) ? 5 : 1 + Math.floor(random() * 4);
  let out = '';
  for (let i = 0; i < length; i++) out += pick(HEX.split(''));
  return out;
}

function ipv4Part() {
  const r = random();
  if (r < 0.6) return String(Math.floor(random() * 256));
  if (r < 0.7) return '0' + Math.floor(random() * 100);
  if (r < 0.85) return String(256 + Math.floor(random() * 10000));
  return '7'.repeat(5 + Math.floor(random() * 30));
}

function address() {
  const count = Math.floor(random() * 10);
  const parts = [];
  for (let i = 0; i < count; i++) parts.push(hextet());
  if (chance(0.3)) {
    const dots = chance(0.8) ? 4 : pick([3, 5]);
    const v4 = [];
    for (let i = 0; i < dots; i++) v4.push(ipv4Part());
    parts.push(v4.join('.'));
  }
  let text = parts.join(':');
  if (chance(0.6)) {
    const at = Math.floor(random() * (parts.length + 1));
    text = parts.slice(0, at).join(':') + '::' + parts.slice(at).join(':');
  }
  if (chance(0.05)) text = text.replace(':', ':::');
  return text;
}

const hosts = [];
const seen = new Set();
for (const a of FIXED) {
  seen.add(a);
  hosts.push(a);
}
while (hosts.length < 3000) {
  const a = address();
  if (!seen.has(a)) {
    seen.add(a);
    hosts.push(a);
  }
}
const lines = hosts.map((a) => {
  let valid;
  try {
    new URL('https://[' + a + ']/x');
    valid = 'valid';
  } catch (e) {
    valid = 'invalid';
  }
  return '[' + a + ']\t' + valid;
});
process.stdout.write(lines.join('\n') + '\n');
