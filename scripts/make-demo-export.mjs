// Generates test/fixtures/demo-contest.export.json, an export shaped like the
// demo contest (西宁首届'相约高新区'创新创业大赛). Deterministic: a seeded PRNG,
// no clock, so re-running it reproduces the committed file byte for byte.
//   node scripts/make-demo-export.mjs
// After regenerating, refresh the golden results too:
//   npm run --silent results -- test/fixtures/demo-contest.export.json > test/fixtures/demo-contest.results.json
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prng } from './lib/prng.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const OUT = join(root, 'test/fixtures/demo-contest.export.json');

const rand = prng(20210716);
const pick = (list) => list[Math.floor(rand() * list.length)];
function shuffle(list) {
  const a = list.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

const criteria = [
  { id: 'innovation', label: '创新性', weight: 30, max: 10 },
  { id: 'market', label: '市场前景', weight: 25, max: 10 },
  { id: 'team', label: '团队能力', weight: 20, max: 10 },
  { id: 'business', label: '商业模式', weight: 15, max: 10 },
  { id: 'pitch', label: '路演表现', weight: 10, max: 10 },
];
const tracks = ['enterprise', 'team'];
const judges = ['j1', 'j2', 'j3', 'j4', 'j5', 'j6', 'j7'];
// Some judges are harsher than others (in points out of 10).
const bias = { j1: -0.8, j2: -0.3, j3: 0, j4: 0.2, j5: 0.5, j6: 0.8, j7: -0.5 };

const places = ['高原', '青海', '西宁', '柴达木', '三江源', '湟水河谷'];
const topics = [
  '光伏组件回收利用',
  '光伏储能一体化系统',
  '锂电池正极材料',
  '盐湖提锂新工艺',
  '锂电池梯次利用',
  '铝镁合金轻量化部件',
  '镁基储氢材料',
  '高纯铝箔',
  '冬虫夏草人工培育',
  '藏药现代化制剂',
  '生物医药',
  '枸杞功能食品',
  '青稞精深加工',
  '牦牛乳制品',
  '藏毯数字化设计',
  '智慧牧场物联网',
  '风光互补微电网',
  '冷链物流',
  '沙棘饮品开发',
  '碳纤维复合材料',
  '生态旅游数字平台',
  '黑枸杞花青素提取',
  '康养旅居服务',
  '工业固废资源化',
];
const forms = ['研发及产业化项目', '技术创新项目', '示范应用', '智能制造项目', '服务平台'];

const titles = [];
const seen = new Set();
while (titles.length < 76) {
  const t = `${pick(places)}${pick(topics)}${pick(forms)}`;
  if (!seen.has(t)) {
    seen.add(t);
    titles.push(t);
  }
}

const half = (x) => Math.min(10, Math.max(0, Math.round(x * 2) / 2));

const entries = [];
const sheets = [];
const counts = { enterprise: 40, team: 36 };
let titleIndex = 0;
for (const track of tracks) {
  for (let i = 1; i <= counts[track]; i++) {
    const id = `${track === 'enterprise' ? 'e' : 't'}${String(i).padStart(2, '0')}`;
    entries.push({ id, track, title: titles[titleIndex++], status: 'submitted' });
    const quality = 5 + rand() * 3.8;
    const profile = criteria.map(() => (rand() - 0.5) * 1.4);
    // The panels rotate through the judges, as the assignment engine makes
    // them, so every judge has 54 or 55 entries (the seed's engine run then
    // keeps them). The shuffle only keeps the random stream as it was.
    shuffle(judges);
    const n = entries.length - 1;
    const panel = [0, 1, 2, 3, 4].map((m) => judges[(n * 5 + m) % judges.length]).sort();
    for (const judgeId of panel) {
      const scores = {};
      criteria.forEach((c, k) => {
        scores[c.id] = half(quality + profile[k] + bias[judgeId] + (rand() - 0.5) * 1.5);
      });
      sheets.push({ entryId: id, judgeId, status: 'submitted', scores });
    }
  }
}
const sheetsOf = (id) => sheets.filter((s) => s.entryId === id);
const entry = (id) => entries.find((e) => e.id === id);

// --- Special cases the demo must show --------------------------------------

// A withdrawn entry: its (submitted) sheets are ignored, zscore included.
entry('t17').status = 'withdrawn';

// Fewer than minSheets (3) counted sheets -> unranked.
{
  const [a, b, c] = sheetsOf('e33');
  a.status = 'draft';
  delete a.scores.pitch; // an unfinished draft
  b.status = 'draft';
  c.status = 'recused';
  delete c.scores;
  // t29 came late: only two judges scored it.
  for (const s of sheetsOf('t29').slice(2)) sheets.splice(sheets.indexOf(s), 1);
}

// A few ignored sheets next to counted ones.
{
  const e05 = sheetsOf('e05');
  const spare = judges.find((j) => !e05.some((s) => s.judgeId === j));
  sheets.splice(sheets.indexOf(e05.at(-1)) + 1, 0, {
    entryId: 'e05',
    judgeId: spare,
    status: 'draft',
    scores: { innovation: 7, market: 6.5 },
  });
  const e12 = sheetsOf('e12')[1];
  e12.status = 'recused';
  delete e12.scores;
  // judge1 of the demo has drafts to finish (e33 above, and t08).
  sheetsOf('t08').find((s) => s.judgeId === 'j1').status = 'draft';
}

// Placement helper (normalization none, trimmed mean, trim 1) — used only to
// put the two ties at award boundaries; the engine is the oracle, not this.
const W = criteria.reduce((s, c) => s + c.weight, 0);
const total = (sc) => (100 * criteria.reduce((s, c) => s + (c.weight * sc[c.id]) / c.max, 0)) / W;
function score(id) {
  const v = sheetsOf(id)
    .filter((s) => s.status === 'submitted')
    .map((s) => total(s.scores))
    .sort((a, b) => a - b);
  const used = v.length >= 3 ? v.slice(1, -1) : v;
  return used.reduce((a, b) => a + b, 0) / used.length;
}
function ranked(track) {
  return entries
    .filter(
      (e) =>
        e.track === track &&
        e.status === 'submitted' &&
        sheetsOf(e.id).filter((s) => s.status === 'submitted').length >= 3,
    )
    .map((e) => ({ id: e.id, score: score(e.id) }))
    .sort((a, b) => b.score - a.score);
}
function copyScores(fromId, toId, tweak = (s) => s) {
  const from = sheetsOf(fromId).filter((s) => s.status === 'submitted');
  const to = sheetsOf(toId).filter((s) => s.status === 'submitted');
  to.forEach((s, i) => {
    s.scores = tweak({ ...from[i].scores });
  });
}

// Team: an exact tie at rank 3, the last second prize (C = 1, 3, 6): both
// entries get 二等奖 and the third prize shrinks — ties are never split.
{
  const r = ranked('team');
  const third = r[2].id;
  const partner = r[12].id;
  copyScores(third, partner);
}

// Enterprise: equal scores at rank 6 (the last third prize) decided by the
// heaviest criterion: innovation +0.5 and pitch −1.5 on every sheet keeps
// every sheet total (30·0.5 = 10·1.5) but wins the tie-break.
{
  const r = ranked('enterprise');
  const sixth = r[5].id;
  const candidates = r.slice(10).map((x) => x.id);
  // The adjustment applies to the sixth's own sheets, so only they must leave room for it.
  const roomForAdjustment = sheetsOf(sixth).every((s) => s.scores.innovation <= 9.5 && s.scores.pitch >= 1.5);
  const partner = roomForAdjustment ? candidates[0] : undefined;
  if (!partner) throw new Error('no tie-break partner; change the seed');
  copyScores(sixth, partner, (s) => ({ ...s, innovation: s.innovation + 0.5, pitch: s.pitch - 1.5 }));
}

const competition = {
  id: 'xining-2021',
  name: "西宁首届'相约高新区'创新创业大赛",
  rubric: { criteria },
  aggregation: { method: 'trimmed-mean', trim: 1, normalization: 'none', minSheets: 3 },
  ranking: { scope: 'track' },
  tracks,
  trackLabels: { enterprise: '企业组', team: '团队组' },
  awards: tracks.flatMap((track) => [
    { id: 'first', label: '一等奖', count: 1, track },
    { id: 'second', label: '二等奖', count: 2, track },
    { id: 'third', label: '三等奖', count: 3, track },
  ]),
};

// One entry / sheet per line: readable, and diffs stay small.
const indent = (s, pad) => s.replace(/\n/g, `\n${pad}`);
// Flat objects (criteria, tiers) and short arrays on one line each.
const compact = (s) =>
  s
    .replace(/\{\n\s+([^{}[\]]*?)\n\s*\}/g, (_, body) => `{ ${body.replace(/,\n\s+/g, ', ')} }`)
    .replace(
      /\[\n\s+("[^\n]*",?\n\s+)*"[^\n]*"\n\s*\]/g,
      (m) =>
        `[${m
          .slice(1, -1)
          .trim()
          .replace(/,\n\s+/g, ', ')}]`,
    );
const text = [
  '{',
  '  "format": "judging-export/v1",',
  `  "competition": ${indent(compact(JSON.stringify(competition, null, 2)), '  ')},`,
  '  "entries": [',
  entries.map((e) => `    ${JSON.stringify(e)}`).join(',\n'),
  '  ],',
  '  "sheets": [',
  sheets.map((s) => `    ${JSON.stringify(s)}`).join(',\n'),
  '  ]',
  '}',
  '',
].join('\n');
writeFileSync(OUT, text);
console.log(`wrote ${OUT.slice(root.length + 1)}: ${entries.length} entries, ${sheets.length} sheets`);
