import type { DeepStrings } from '../zh-CN';
import type { confidenceZhCN } from './confidence.zh-CN';

export const confidenceEn: DeepStrings<typeof confidenceZhCN> = {
  title: 'Award confidence',
  explain:
    'The sheets of each entry are redrawn from its own, with replacement, {{samples}} times to form other possible panels, which are ranked and awarded again; the percentage is how often an entry keeps its award. It shows how sensitive an award is to who judged it, not the probability that the ranking is wrong.',
  more: 'What does this number mean?',
  moreText:
    'In each redraw, every entry draws as many sheets as it has from its own counted sheets (the same sheet may come up more than once) and gets its score, rank and award again by the rules of this competition. “95% of panels: 2–5” means the rank fell in that range in 95% of the redraws. A prize line with an entry below 90% on either side is listed as contested. It measures only what another panel of judges could change, nothing beyond the sheets, and it never changes the official ranks or awards. It is reproducible: the same numbers the official computation stores ({{samples}} redraws, seed {{seed}}).',
  running: 'Computing award confidence… {{percent}}',
  progressLabel: 'Award confidence progress',
  lettersError:
    'The judges’ letters could not be read, so the award confidence cannot be computed as the official computation does. Press “Refresh” above to try again; the results themselves are not affected.',
  computeError:
    'The award confidence could not be computed ({{message}}). Press “Refresh” above to try again; the results themselves are not affected.',
  entry: {
    range: '95% of panels: {{low}}–{{high}}',
    single: '95% of panels: {{low}}',
    keeps: 'rank {{rank}}, {{ranks}}; keeps its {{award}} in {{percent}} of them',
    none: 'rank {{rank}}, {{ranks}}; stays without an award in {{percent}} of them',
  },
  lines: {
    title: 'Contested prize lines',
    count_one: '{{count}} line',
    count_other: '{{count}} lines',
    none: 'No contested prize lines: every entry next to a line keeps its award in at least 90% of panels.',
    between: 'Between {{above}} and {{below}}',
    noAward: 'no award',
    reason: '{{gap}}; {{weakest}}',
    apart: '{{a}} and {{b}} are {{gap}} points apart',
    same: '{{a}} and {{b}} have the same score, separated by the tie-break criteria',
    keeps: '{{entry}} keeps its {{award}} in only {{percent}} of panels',
    stays: '{{entry}} stays without an award in only {{percent}} of panels',
    entries: '{{line}}: the entries on either side',
    act: 'Act on',
    showAll_one: 'Show {{count}} more entry',
    showAll_other: 'Show {{count}} more entries',
  },
};
