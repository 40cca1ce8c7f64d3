import { beforeEach, describe, expect, it, vi } from 'vitest';
import { publicResultsFixture } from '../../test/fixtures/public-results';
import { loadResults } from './load-results';
import { render, type PageState, type RenderContext } from './render';
import { competitionIdFromPath, downloadUrl } from './storage-url';
import { pickLanguage, STRINGS, type Language } from './strings';

const CID = 'xining-2023';
const NOW = Date.UTC(2026, 10, 20, 4, 0);
const LOCATION = { host: 'http://127.0.0.1:14199', bucket: 'demo-judging.appspot.com' };

let root: HTMLElement;
const navigate = vi.fn();
const retry = vi.fn();

beforeEach(() => {
  document.body.replaceChildren();
  root = document.createElement('div');
  document.body.append(root);
  navigate.mockReset();
  retry.mockReset();
});

function draw(state: PageState, lang: Language = 'zh-CN', now = NOW): HTMLElement {
  const ctx: RenderContext = {
    lang,
    now,
    cid: CID,
    location: LOCATION,
    hrefFor: ({ lang: l, v }) =>
      `/r/${CID}?${new URLSearchParams({ ...(l ? { lang: l } : {}), ...(v ? { v: String(v) } : {}) })}`,
    pageUrl: (v) => `https://example.test/r/${CID}${v === null ? '' : `?v=${v}`}`,
    navigate,
    retry,
    print: vi.fn(),
  };
  render(root, state, ctx);
  return root;
}

const ok = (requestedVersion: number | null = null): PageState => ({
  kind: 'ok',
  file: publicResultsFixture(CID, NOW),
  requestedVersion,
});
const rows = (tier: number) =>
  [...root.querySelectorAll('.pr-tier')[tier]!.querySelectorAll('tbody tr')].map((tr) =>
    [...tr.querySelectorAll('td')].map((td) => td.textContent),
  );

describe('public results page', () => {
  it('shows the latest version: title, organizer, every tier with its entries and scores exactly as published', () => {
    draw(ok());
    expect(root.querySelector('h1')).toHaveTextContent('第七届西宁创新创业大赛');
    expect(root).toHaveTextContent('主办：西宁市科学技术局');
    expect(root.querySelector('#pr-version-heading')).toHaveTextContent('第 2 版 · 网络评审');
    const headings = [...root.querySelectorAll('.pr-tier h3')].map((h) => h.textContent);
    expect(headings).toEqual(['一等奖', '二等奖', '优秀奖 · 学生组']);
    expect(rows(0)).toEqual([['1', 'E-001', '光伏板自清洁机器人', '光伏先锋队', '青海大学', '88.50']]);
    expect(rows(1)).toEqual([
      ['2', 'E-002', '高原牦牛乳深加工', '雪域牧歌', '', '80.00'],
      ['2', 'E-003', '盐湖锂资源绿色提取', '察尔汗团队', '西宁某新材料有限公司', '80.00'],
    ]);
    expect(root.querySelectorAll('.pr-tier')[2]).toHaveTextContent('本奖项空缺。');
    expect(document.title).toBe('第七届西宁创新创业大赛 · 评审结果');
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('says the version is under public notice, when it was published and why it replaced version 1', () => {
    draw(ok());
    expect(root.querySelector('.pr-state--notice')).toHaveTextContent(
      '公示中，公示期至 2026年11月25日 12:00（北京时间）',
    );
    expect(root).toHaveTextContent('首次发布于 2026年11月17日 12:00（北京时间）');
    expect(root.querySelector('.pr-reason')).toHaveTextContent(
      '更新于 2026年11月19日 12:00（北京时间），原因：一份评分表录入错误，已由评委更正',
    );
  });

  it('is final once the notice period is over', () => {
    draw(ok(), 'zh-CN', NOW + 6 * 24 * 60 * 60 * 1000);
    expect(root.querySelector('.pr-state--final')).toHaveTextContent('最终结果');
    expect(root.querySelector('.pr-state--notice')).toBeNull();
  });

  it('keeps earlier versions one click away and shows version 1 as superseded', () => {
    draw(ok());
    const items = [...root.querySelectorAll('.pr-version-list li')];
    expect(items.map((li) => li.textContent)).toEqual([
      '第 2 版 · 2026年11月19日 12:00 （正在查看）原因：一份评分表录入错误，已由评委更正',
      '第 1 版 · 2026年11月17日 12:00',
    ]);
    const link = items[1]!.querySelector('a')!;
    expect(link.getAttribute('href')).toBe(`/r/${CID}?v=1`);
    link.click();
    expect(navigate).toHaveBeenCalledWith(`/r/${CID}?v=1`);

    draw(ok(1));
    expect(root.querySelector('#pr-version-heading')).toHaveTextContent('第 1 版');
    expect(root.querySelector('.pr-state--superseded')).toHaveTextContent('本版本已被第 2 版取代');
    expect(root.querySelector('.pr-reason')).toBeNull();
    expect(root).toHaveTextContent('发布于 2026年11月17日 12:00（北京时间）');
    expect(root).not.toHaveTextContent('首次发布');
    expect(rows(0)[0]![2]).toBe('光伏清洁板（初版）');
    expect(root.querySelector('.pr-download')!.getAttribute('href')).toBe(
      downloadUrl(LOCATION, `public/${CID}/v1/export.json`),
    );
  });

  it('falls back to the latest version when ?v= names none', () => {
    draw(ok(7));
    expect(root.querySelector('.pr-note')).toHaveTextContent('没有第 7 版');
    expect(root.querySelector('#pr-version-heading')).toHaveTextContent('第 2 版');
  });

  it('tells how to re-check: the export download, its SHA-256 and the command', () => {
    draw(ok());
    const recheck = root.querySelector('.pr-recheck')!;
    expect(recheck.querySelector('.pr-download')!.getAttribute('href')).toBe(
      `http://127.0.0.1:14199/v0/b/demo-judging.appspot.com/o/public%2F${CID}%2Fv2%2Fexport.json?alt=media`,
    );
    expect(recheck.querySelector('.pr-hash')).toHaveTextContent('b'.repeat(64));
    expect(recheck.querySelector('.pr-command')).toHaveTextContent('npm run --silent results -- export.json');
    expect(recheck.querySelector('.pr-full-results')!.getAttribute('href')).toBe(
      `http://127.0.0.1:14199/v0/b/demo-judging.appspot.com/o/public%2F${CID}%2Fv2%2Fresults.json?alt=media`,
    );
    expect(recheck).toHaveTextContent('去掉最高和最低各 1 个分数后的平均分；不做标准化；每个项目至少 3 份评分表');
  });

  it('reads in English, with the English names the file carries', () => {
    draw(ok(), 'en');
    expect(root.querySelector('h1')).toHaveTextContent('The 7th Xining Innovation and Startup Competition');
    expect(root).toHaveTextContent('Organized by Xining Science and Technology Bureau');
    expect(root.querySelector('#pr-version-heading')).toHaveTextContent('Version 2 · Online review');
    expect(root.querySelector('.pr-state--notice')).toHaveTextContent(
      'Under public notice until Nov 25, 2026, 12:00 (Beijing time)',
    );
    expect(root.querySelector('.pr-reason')).toHaveTextContent('because: 一份评分表录入错误，已由评委更正');
    expect([...root.querySelectorAll('.pr-tier h3')].map((h) => h.textContent)).toEqual([
      'First prize',
      'Second prize',
      'Merit award · Students',
    ]);
    expect(rows(1)[0]![5]).toBe('80.00');
    expect(root.querySelector('a[lang="zh-CN"]')).toHaveTextContent('中文');
    expect(document.documentElement.lang).toBe('en');
  });

  /** The fixture's latest version as published with the award confidence shown. */
  const withConfidence = (): PageState => {
    const file = publicResultsFixture(CID, NOW);
    const v2 = file.versions[0]!;
    v2.confidence = { samples: 2000, seed: 1 };
    const figures = [
      { sameAward: 1999, rankLow: 1, rankHigh: 1 },
      { sameAward: 1240, rankLow: 2, rankHigh: 4 },
      { sameAward: 1100, rankLow: 2, rankHigh: 5 },
    ];
    v2.tiers.flatMap((t) => t.entries).forEach((e, i) => (e.confidence = figures[i]));
    return { kind: 'ok', file, requestedVersion: null };
  };

  it('shows nothing about award confidence when the version does not publish it', () => {
    draw(ok());
    expect(root.querySelector('.pr-confidence')).toBeNull();
    expect(root.querySelector('.pr-confidence-help')).toBeNull();
    expect(root).not.toHaveTextContent('稳定性');
    expect(root).not.toHaveTextContent('--confidence');
  });

  it('shows each winner’s award confidence (rounded down) and rank range, what it means, and how to reproduce it', () => {
    draw(withConfidence());
    const lines = [...root.querySelectorAll('.pr-confidence')].map((e) => e.textContent);
    expect(lines).toEqual(['奖项稳定性 99% · 名次 1', '奖项稳定性 62% · 名次 2–4', '奖项稳定性 55% · 名次 2–5']);
    // Under the title, in its cell: the table keeps its columns.
    expect(root.querySelector('.pr-tier td.pr-title .pr-confidence')).not.toBeNull();
    expect(root.querySelector('.pr-confidence-help')).toHaveTextContent('重抽 2000 次评审组（随机种子 1）');
    expect(root.querySelector('.pr-confidence-help')).toHaveTextContent('它不是"排名出错的概率"');
    expect([...root.querySelectorAll('.pr-recheck .pr-command')].map((c) => c.textContent)).toContain(
      'npm run --silent results -- export.json --confidence --samples 2000 --seed 1',
    );

    draw(withConfidence(), 'en');
    expect([...root.querySelectorAll('.pr-confidence')].map((e) => e.textContent)).toEqual([
      'award confidence 99 % · rank 1',
      'award confidence 62 % · rank 2–4',
      'award confidence 55 % · rank 2–5',
    ]);
    expect(root.querySelector('.pr-confidence-help')).toHaveTextContent(
      'It is not the probability that the ranking is wrong.',
    );
    // Version 1 did not publish it: nothing there.
    draw({ ...withConfidence(), requestedVersion: 1 } as PageState);
    expect(root.querySelector('.pr-confidence')).toBeNull();
  });

  it('ignores damaged confidence figures rather than showing nonsense', () => {
    const state = withConfidence() as Extract<PageState, { kind: 'ok' }>;
    state.file.versions[0]!.confidence = { samples: 0, seed: 1 };
    draw(state);
    expect(root.querySelector('.pr-confidence')).toBeNull();
    expect(root.querySelector('.pr-confidence-help')).toBeNull();
  });

  it('never parses published text as HTML', () => {
    const file = publicResultsFixture(CID, NOW);
    file.versions[0]!.tiers[0]!.entries[0]!.title = '<img src=x onerror="alert(1)">';
    draw({ kind: 'ok', file, requestedVersion: null });
    expect(root.querySelector('img')).toBeNull();
    expect(rows(0)[0]![2]).toBe('<img src=x onerror="alert(1)">');
  });

  it.each([
    ['not-published', '结果尚未公布', false],
    ['unknown', '找不到这个比赛', false],
    ['network', '无法加载结果', true],
    ['unreadable', '无法读取结果', true],
  ] as const)('%s: says so, with a retry where one can help', (kind, title, canRetry) => {
    draw({ kind });
    expect(root.querySelector('h1')).toHaveTextContent(title);
    const button = root.querySelector('.pr-message button');
    expect(Boolean(button)).toBe(canRetry);
    if (button) {
      (button as HTMLButtonElement).click();
      expect(retry).toHaveBeenCalled();
    }
  });

  it('has the same strings in both languages', () => {
    expect(Object.keys(STRINGS.en).sort()).toEqual(Object.keys(STRINGS['zh-CN']).sort());
    for (const value of Object.values(STRINGS.en)) expect(value.trim()).not.toBe('');
  });
});

describe('language, path and loading', () => {
  it('takes ?lang= first, then the browser languages, Chinese by default', () => {
    expect(pickLanguage('?lang=en', ['zh-CN'])).toBe('en');
    expect(pickLanguage('?lang=zh', ['en-US'])).toBe('zh-CN');
    expect(pickLanguage('', ['en-GB', 'zh-CN'])).toBe('en');
    expect(pickLanguage('?lang=fr', ['fr-FR', 'zh-TW'])).toBe('zh-CN');
    expect(pickLanguage('', ['de-DE'])).toBe('zh-CN');
  });

  it('reads the competition id from /r/{cid}, refusing what cannot be one', () => {
    expect(competitionIdFromPath('/r/xining-2023')).toBe('xining-2023');
    expect(competitionIdFromPath('/r/xining-2023/')).toBe('xining-2023');
    expect(competitionIdFromPath('/r/')).toBeNull();
    expect(competitionIdFromPath('/r/a%2Fb')).toBeNull();
    expect(competitionIdFromPath('/r/a__b')).toBeNull();
    expect(competitionIdFromPath('/r/%E0%A4%A')).toBeNull();
    expect(competitionIdFromPath('/r/a/b')).toBeNull();
  });

  const respond = (status: number, body: string) => vi.fn(async () => new Response(body, { status }));

  it('loads the file from the Storage download URL; a missing file is "not published"', async () => {
    const file = publicResultsFixture(CID, NOW);
    const fetchOk = respond(200, JSON.stringify(file));
    expect(await loadResults(LOCATION, CID, fetchOk)).toEqual({ kind: 'ok', file });
    expect(fetchOk).toHaveBeenCalledWith(
      `http://127.0.0.1:14199/v0/b/demo-judging.appspot.com/o/public%2F${CID}%2Fresults.json?alt=media`,
    );
    expect(await loadResults(LOCATION, CID, respond(404, '{}'))).toEqual({ kind: 'not-published' });
    expect(await loadResults(LOCATION, CID, respond(503, ''))).toEqual({ kind: 'network' });
    const offline = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await loadResults(LOCATION, CID, offline)).toEqual({ kind: 'network' });
    expect(await loadResults(LOCATION, CID, respond(200, 'not json'))).toEqual({ kind: 'unreadable' });
    expect(await loadResults(LOCATION, 'other', respond(200, JSON.stringify(file)))).toEqual({ kind: 'unreadable' });
    const damaged = {
      ...file,
      versions: [{ ...file.versions[0], tiers: [{ label: 'x', entries: [{ score: 88.5, rank: 1 }] }] }],
    };
    expect(await loadResults(LOCATION, CID, respond(200, JSON.stringify(damaged)))).toEqual({ kind: 'unreadable' });
  });
});
