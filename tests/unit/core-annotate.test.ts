import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { annotate } from '../../src/core';
import { loadDataset } from '../../src/dataset';
import type { Verdict } from '../../src/core/types';

const GII = 'gii-2025' as const;
const pairs = (text: string, verdict: Verdict = GII) =>
  annotate(text, { verdict }).map((m) => [m.text, m.id, ...(m.agreement ? [m.agreement] : [])]);

describe('people in every spelling news uses', () => {
  test.each([
    ['LIU Hua opened the meeting.', 'LIU Hua'],
    ['Liu Hua opened the meeting.', 'Liu Hua'],
    ['Hua Liu opened the meeting.', 'Hua Liu'],
    ['The director, Ms. Liu, spoke.', 'Liu'],
    ['The director, Ms Liu, spoke.', 'Liu'],
    ['Director Liu spoke.', 'Liu'],
    ['Mr. Marco ALEMÁN sent a message.', 'Marco ALEMÁN'],
    ['Marco Aleman sent a message.', 'Marco Aleman'],
    ['Mr. Aleman sent a message.', 'Aleman'],
    ["Fink's presentation opened the day.", 'Fink'],
    ['Commissioner Shen sent a statement.', 'Shen'],
    ['Changyu Shen sent a statement.', 'Changyu Shen'],
    ['Mr. He of Alibaba Cloud spoke.', 'He'],
    // Hong Kong and Taiwan style: a two-syllable given name hyphenated, the second syllable in lower case.
    ['FENG Chu-jian gave a keynote.', 'FENG Chu-jian'],
    ['Guo-cheng Zhang spoke for Ningbo.', 'Guo-cheng Zhang'],
    // A family name in capitals, as Chinese papers print it, after a title.
    ['Commissioner SHEN said so.', 'SHEN'],
  ])('%j → %j', (text, expected) => {
    expect(pairs(text).map((p) => p[0])).toContain(expected);
  });

  test('a family name common as a token, not a word, is its speaker alone once the page named them in full', () => {
    expect(pairs('Commissioner Changyu Shen spoke. Shen’s statement followed.')).toContainEqual([
      'Shen',
      'shen-changyu',
    ]);
    expect(pairs('GAO Liang spoke on patents. Gao said licensing grew.')).toContainEqual(['Gao', 'gao-liang']);
    // Named in full only later, or someone else of that name in between: no.
    expect(pairs('Shen’s statement came first. Changyu Shen read it.')).not.toContainEqual(['Shen', expect.anything()]);
    expect(pairs('Changyu Shen spoke. Then Shen Wei, a lawyer, spoke. Shen said more.')).not.toContainEqual([
      'Shen',
      expect.anything(),
    ]);
    // Family names that are English words stay words, however the page named their speakers.
    expect(pairs('HE Chenqi spoke. He said the cloud grew.')).not.toContainEqual(['He', expect.anything()]);
    expect(pairs('SONG Hefa spoke. Song lyrics filled the hall.')).not.toContainEqual(['Song', expect.anything()]);
  });

  test('Zheng alone resolves to the nearest preceding full mention, else stays unlinked', () => {
    expect(pairs('Ms. Zheng spoke first. Later ZHENG Juanjuan of Xiaomi spoke.')).not.toContainEqual([
      'Zheng',
      expect.anything(),
    ]);
    expect(pairs('ZHENG Yansong spoke. Then ZHENG Ruqing spoke. Ms. Zheng said more.')).toContainEqual([
      'Zheng',
      'zheng-ruqing',
    ]);
    expect(pairs('ZHENG Ruqing spoke. Then ZHENG Yansong spoke. Mr. Zheng said more.')).toContainEqual([
      'Zheng',
      'zheng-yansong',
    ]);
  });

  test('a family name alone is linked on a GII page only when one speaker has it', () => {
    expect(pairs('Fink said the ranking moved.', 'gii-related')).toContainEqual(['Fink', 'carsten-fink']);
    expect(pairs('Fink said the ranking moved.', 'unrelated')).toEqual([]);
    expect(pairs('Carsten Fink spoke. Later Fink said more.', 'unrelated')).toContainEqual(['Fink', 'carsten-fink']);
  });

  test('a changed paragraph read alone resolves a shared family name by the speakers named before it', () => {
    const bare = (namedBefore?: string[]) =>
      annotate('Ms. Zheng said more.', { verdict: GII, ...(namedBefore ? { namedBefore } : {}) })
        .filter((m) => m.kind === 'person')
        .map((m) => [m.text, m.id]);
    // Three speakers are called Zheng: alone, the paragraph cannot say which.
    expect(bare()).toEqual([]);
    expect(bare(['zheng-ruqing'])).toEqual([['Zheng', 'zheng-ruqing']]);
    // The nearest one before decides, as in one pass over the page; "Ms." rules out Mr. ZHENG Yansong.
    expect(bare(['zheng-ruqing', 'zheng-juanjuan'])).toEqual([['Zheng', 'zheng-juanjuan']]);
    expect(bare(['zheng-ruqing', 'zheng-yansong'])).toEqual([]);
    // The same answer as reading the page whole.
    const whole = annotate('ZHENG Juanjuan of Xiaomi spoke.\nMs. Zheng said more.', { verdict: GII });
    expect(whole.map((m) => [m.text, m.id])).toContainEqual(['Zheng', 'zheng-juanjuan']);
    // A full mention inside the paragraph itself still comes first.
    expect(
      annotate('ZHENG Ruqing replied. Ms. Zheng said more.', { verdict: GII, namedBefore: ['zheng-juanjuan'] })
        .filter((m) => m.text === 'Zheng')
        .map((m) => m.id),
    ).toEqual(['zheng-ruqing']);
  });

  test('an honorific of the other gender is someone else', () => {
    expect(pairs('Mr. Liu said the index matters.')).toEqual([]);
  });
});

describe('false friends are never linked', () => {
  test.each([
    ['He said the ranking was fair.'],
    ['The song was played twice.'],
    ['A Song for the ages.'],
    ['Feng shui experts disagree.'],
    ['They practise qi gong.'],
    ['Most people agree.'],
    ['MOST READ STORIES'],
    ['Peking duck is served at noon.'],
    ['Zhang Wei, a footballer, scored. Mr. Zhang celebrated.'],
    ['Daniel Fink, a chef, cooked. Fink smiled.'],
    ['Han dynasty pottery was shown.'],
    ['He Chenqi'.toLowerCase() + ' is lower case.'],
    ['the china cabinet'],
  ])('%j', (text) => {
    expect(pairs(text)).toEqual([]);
  });

  test('MOST is the ministry only as an acronym on a page that names it, in brackets or after its speaker', () => {
    expect(pairs('The Ministry of Science and Technology (MOST) said so. MOST agreed.')).toEqual([
      ['Ministry of Science and Technology', 'most'],
      ['MOST', 'most'],
      ['MOST', 'most'],
    ]);
    expect(pairs('MOST said so.')).toEqual([]);
    // In brackets after a name it is the acronym, named in full or not; a bracketed headline is not.
    expect(pairs('Mr. HAN Peng (MOST) spoke.')).toContainEqual(['MOST', 'most']);
    expect(pairs('The list (MOST READ) is here.')).toEqual([]);
    // Right after the name of a speaker from it, too; not after someone from elsewhere.
    expect(pairs('FENG Chujian of CASTED spoke next.')).toContainEqual(['CASTED', 'casted']);
    expect(pairs('LIU Hua of MOST fame spoke.')).not.toContainEqual(['MOST', 'most']);
    expect(pairs('FENG Chujian, the Vice President of CASTED, spoke.')).toContainEqual(['CASTED', 'casted']);
    // Not once the sentence has ended.
    expect(pairs('HAN Peng spoke. MOST of them agreed.')).not.toContainEqual(['MOST', 'most']);
  });
});

describe('organizations and places', () => {
  test.each([
    ["Huawei's patents", 'Huawei', 'huawei'],
    ['WIPO Office in China', 'WIPO Office in China', 'woc'],
    ['in Xi’an today', 'Xi’an', 'xian'],
    ["in Xi'an today", "Xi'an", 'xian'],
    ['in Xian today', 'Xian', 'xian'],
    ['the Shanghai–Suzhou cluster', 'Shanghai–Suzhou', 'shanghai-suzhou'],
    ['the Shanghai-Suzhou cluster', 'Shanghai-Suzhou', 'shanghai-suzhou'],
    ['the Shanghai - Suzhou cluster', 'Shanghai - Suzhou', 'shanghai-suzhou'],
    ['the Shenzhen-Hong Kong-Guangzhou cluster', 'Shenzhen-Hong Kong-Guangzhou', 'shenzhen-hong-kong-guangzhou'],
    [
      'Beijing Municipal Science and Technology Commission',
      'Beijing Municipal Science and Technology Commission',
      'bmstc',
    ],
    ['Sun Yat-sen University', 'Sun Yat-sen University', 'sysu'],
    ['the CNIPA said', 'CNIPA', 'cnipa'],
    ['Wipo said', 'Wipo', 'wipo'],
    ['Delegates at the GII 2025 Roundtable.', 'GII 2025 Roundtable', 'roundtable-gii-2025'],
  ])('%j → %j', (text, expected, id) => {
    expect(pairs(text)).toContainEqual([expected, id]);
  });
});

describe('figures: parsed, linked by what they measure, compared', () => {
  test.each([
    ['China’s R&D spending exceeded 3.6 trillion yuan in 2024.', '3.6 trillion yuan', 'rd-expenditure-2024', 'same'],
    ['China’s R&D spending reached RMB 3.6 trillion in 2024.', 'RMB 3.6 trillion', 'rd-expenditure-2024', 'same'],
    ['China’s R&D spending was 3,600 billion yuan in 2024.', '3,600 billion yuan', 'rd-expenditure-2024', 'same'],
    ['R&D intensity reached 2.68% of GDP.', '2.68%', 'rd-intensity-2024', 'same'],
    ['R&D intensity reached 2.68 percent of GDP.', '2.68 percent', 'rd-intensity-2024', 'same'],
    ['R&D intensity reached 2.68 per cent of GDP.', '2.68 per cent', 'rd-intensity-2024', 'same'],
    ['R&D intensity reached 2.7 per cent of GDP.', '2.7 per cent', 'rd-intensity-2024', 'approximate'],
    ['R&D intensity reached 2.5% of GDP.', '2.5%', 'rd-intensity-2024', 'differs'],
    ['China ranked 10th in the GII.', '10th', 'china-gii-rank', 'same'],
    ['China ranked tenth in the GII.', 'tenth', 'china-gii-rank', 'same'],
    ['China is No. 10 in the GII.', 'No. 10', 'china-gii-rank', 'same'],
    ['China entered the GII top 10.', 'top 10', 'china-gii-rank', 'same'],
    // Arriving in the top ten says the rank as plainly as entering it, with no word of the index by it.
    ["She hailed China's arrival in the top 10 as a milestone.", 'the top 10', 'china-gii-rank', 'same'],
    ['China ranked 11th in the GII.', '11th', 'china-gii-rank', 'differs'],
    ['China hosts 24 clusters in the top 100.', '24', 'china-clusters-top-100', 'same'],
    ['China has 24 of the top 100 clusters.', '24', 'china-clusters-top-100', 'same'],
    ['China hosts 26 clusters in the top 100.', '26', 'china-clusters-top-100', 'differs'],
    [
      'China has more than 5 million valid invention patents.',
      'more than 5 million',
      'china-valid-invention-patents',
      'same',
    ],
    ["Xi'an has over 1,400 research institutions.", 'over 1,400', 'xian-research-institutions', 'same'],
    ["Xi'an has nearly one million professional technicians.", 'nearly one million', 'xian-technicians', 'same'],
    ['Basic research got about 250 billion yuan.', 'about 250 billion yuan', 'basic-research-2024', 'approximate'],
    ['R&D spending hit Rmb3.6tn in 2024.', 'Rmb3.6tn', 'rd-expenditure-2024', 'same'],
    ['Beijing came third in the cluster ranking.', 'third', 'beijing-cluster-rank', 'differs'],
    ['The Shenzhen cluster is now No.1 in the ranking.', 'No.1', 'shenzhen-hong-kong-guangzhou-cluster-rank', 'same'],
    ['R&D intensity was about 2.7pc of GDP.', 'about 2.7pc', 'rd-intensity-2024', 'approximate'],
    [
      'China led the clusters for the third year continuously.',
      'third year continuously',
      'china-most-clusters-streak',
      'same',
    ],
    // A year told relative to the page's (a GII 2025 page): last year is 2024.
    ['Last year R&D spending hit 3.6 trillion yuan.', '3.6 trillion yuan', 'rd-expenditure-2024', 'same'],
    // A sentence that names no place but refers back to one: the figure about that place.
    [
      'Ningbo made the top 100 for the first time. Large firms there put over 100 billion yuan a year into R&D.',
      'over 100 billion yuan',
      'ningbo-enterprise-rd',
      'same',
    ],
    [
      'Ningbo made the top 100, the head of its institute told a meeting in Beijing. Large-scale enterprises in the ' +
        'city invest more than 100bn yuan a year in R&D.',
      'more than 100bn yuan',
      'ningbo-enterprise-rd',
      'same',
    ],
    // No place referred back to, or none with a figure of that kind: the national figure.
    [
      'Ningbo made the top 100. Nationally, R&D spending reached 3.6 trillion yuan.',
      '3.6 trillion yuan',
      'rd-expenditure-2024',
      'same',
    ],
    [
      'Beijing came 4th. There, R&D spending reached 3.6 trillion yuan.',
      '3.6 trillion yuan',
      'rd-expenditure-2024',
      'same',
    ],
    ['Beijing came 4th. There are 24 Chinese clusters in the top 100.', '24', 'china-clusters-top-100', 'same'],
    // A line wrapped inside a sentence (text from a PDF, hard-wrapped mail): the sentence goes on past it.
    [
      "Ms. Jiang said Xi'an is now home to over 1,400 research institutions and\nnearly one million professional\ntechnicians.",
      'nearly one million',
      'xian-technicians',
      'same',
    ],
    ['China, with over 5 mln valid invention\npatents, leads.', 'over 5 mln', 'china-valid-invention-patents', 'same'],
    // The city named only inside its bureau's name: the bureau's official speaks of Xi'an.
    [
      "Ms. Jiang of the Xi'an Municipal Science and Technology Bureau described a city with over 1,400 research institutions.",
      'over 1,400',
      'xian-research-institutions',
      'same',
    ],
    // A question says what its answer's number is, as an FAQ's or an interview's does.
    [
      'How many Chinese clusters made the top 100 in the GII 2025?\nTwenty-four.',
      'Twenty-four',
      'china-clusters-top-100',
      'same',
    ],
    // "from 5th to 6th": the rank it moved to.
    ['In the GII 2025 ranking Shanghai–Suzhou moved from 5th to 6th.', '6th', 'shanghai-suzhou-cluster-rank', 'same'],
    // "24 of the world's 100": the 100 is the whole, not a second count of China's clusters.
    [
      "China is home to 24 of the world's 100 leading clusters, the largest number of any economy in the GII.",
      '24',
      'china-clusters-top-100',
      'same',
    ],
  ])('%j', (text, phrase, id, agreement) => {
    expect(pairs(text)).toContainEqual([phrase, id, agreement]);
  });

  test('"24 of the world\'s 100 …, the largest number of any economy": one figure, the 24', () => {
    const text =
      "China is home to 24 of the world's 100 leading clusters, the largest number of any economy in the GII.";
    expect(pairs(text).filter(([, id]) => id !== 'china')).toEqual([['24', 'china-clusters-top-100', 'same']]);
  });

  test('the value a figure changed from is no longer the figure: "from 5th to 6th", "from 2.4% to 2.68%"', () => {
    const figures = (text: string) => pairs(text).filter(([, id]) => id !== 'shanghai-suzhou');
    expect(figures('In the GII 2025 ranking Shanghai–Suzhou moved from 5th to 6th.')).toEqual([
      ['6th', 'shanghai-suzhou-cluster-rank', 'same'],
    ]);
    expect(figures('R&D intensity rose from 2.4% to 2.68% of GDP.')).toEqual([['2.68%', 'rd-intensity-2024', 'same']]);
  });

  test('of several years in one clause, a figure takes the one written by it, not any of them', () => {
    const figures = (text: string) => pairs(text).filter(([, id]) => String(id).startsWith('rd-intensity'));
    // "X in 2020 and Y in 2024": the 2.4 is 2020's and links to no figure of 2024; the 2.68 is 2024's.
    expect(figures('R&D spending was about 2.4 percent of GDP in 2020 and 2.68 percent in 2024.')).toEqual([
      ['2.68 percent', 'rd-intensity-2024', 'same'],
    ]);
    // "In 2020 X and in 2024 Y": the year before each number, the conjunction marking where the next item starts.
    expect(figures('In 2020 R&D intensity was 2.4% and in 2024 it was 2.68%.')).toEqual([
      ['2.68%', 'rd-intensity-2024', 'same'],
    ]);
    // Still a figure that differs when its own year is the roundtable's.
    expect(figures('R&D intensity was 2.1 percent in 2019 and 2.5 percent in 2024.')).toEqual([
      ['2.5 percent', 'rd-intensity-2024', 'differs'],
    ]);
    // Two years of a span with one number: the number is the span's end, as before.
    expect(figures('Between 2020 and 2024 R&D intensity rose to 2.68%.')).toEqual([
      ['2.68%', 'rd-intensity-2024', 'same'],
    ]);
  });

  test("a year in a later clause that has a number of its own, or after a semicolon, is not the figure's year", () => {
    const rank = (text: string) => pairs(text).filter(([, id]) => id === 'china-gii-rank');
    // The 2024 is the year of the 11th it compares with, not of the tenth place.
    expect(rank('China came tenth overall in the GII, up from 11th in 2024.')).toEqual([
      ['tenth', 'china-gii-rank', 'same'],
    ]);
    expect(rank('That puts China in the global top ten for the first time; in the 2024 edition it was 11th.')).toEqual([
      ['top ten', 'china-gii-rank', 'same'],
    ]);
    // A year that leads the sentence still speaks for all of it, across a semicolon too, and one that trails the
    // number alone still counts.
    expect(
      pairs('In 2024, R&D spending passed 3.6 trillion yuan; R&D intensity reached 2.68%.', 'gii-related'),
    ).toContainEqual(['2.68%', 'rd-intensity-2024', 'same']);
    expect(pairs('In 2024, total R&D spending was 3.6 trillion yuan, or 2.68% of GDP.', 'gii-related')).toContainEqual([
      '2.68%',
      'rd-intensity-2024',
      'same',
    ]);
    expect(pairs('R&D intensity reached 2.68%, the figure for 2024.', 'gii-related')).toContainEqual([
      '2.68%',
      'rd-intensity-2024',
      'same',
    ]);
  });

  test.each([
    ['The summit lasted 24 hours in the top hotel.'],
    ['It was the 10th anniversary of the index.'],
    ['Switzerland ranked 1st in the GII; Sweden 2nd.'],
    ['China ranked 11th in the GII 2024.'],
    ['Tokyo–Yokohama hosts the top cluster, 24 clusters ahead.'],
    ['In 2024, China had 26 clusters in the top 100.'],
    ['Her book on the clusters runs to 312 pages.'],
    ['Some 24 delegates from the top 100 clusters came.'],
    ['The first two rows of the cluster table.'],
    // Last year's rank on a GII 2025 page is 2024's, not the roundtable's.
    ["After last year's 11th place in the GII, China rose."],
    // A blank line ends a paragraph, and a line that starts in capitals is a line of its own (a headline, a name).
    ["Xi'an\n\nover 1,400 research institutions."],
    ["Xi'an\nOver 1,400 research institutions."],
    // A body named after the country speaks of more than the country's figures: no subject comes from its name.
    ['The WIPO Office in China counted over 1,400 research institutions.'],
    ['On the nineteenth of September China hosted the GII 2025 roundtable.'],
  ])('no figure in %j', (text) => {
    expect(annotate(text, { verdict: GII }).filter((m) => m.kind === 'figure')).toEqual([]);
  });

  test('on a page about another edition of the index, a figure of a year needs a year by it', () => {
    const figures = (text: string) =>
      annotate(text, { verdict: 'gii-related' })
        .filter((m) => m.kind === 'figure')
        .map((m) => [m.text, m.id, m.agreement]);
    // GII 2024 told without its year: another edition's ranks, not the roundtable's.
    expect(figures('Shanghai–Suzhou came fifth in the cluster ranking.')).toEqual([]);
    expect(figures('China ranked 11th in the GII.')).toEqual([]);
    // The year written, or told relative to the page's time: the page says which edition.
    expect(figures('In the GII 2025, China ranked 10th.')).toEqual([['10th', 'china-gii-rank', 'same']]);
    expect(figures('Last year China entered the GII top ten.')).toContainEqual(['top ten', 'china-gii-rank', 'same']);
    // "That year" points back to a year the page named, not to the page's own time.
    expect(figures('The GII 2024 came out. That year China ranked 11th in the GII.')).toEqual([]);
    // Told from the edition the page is about: on a GII 2023 page "this year" is 2023, on a GII 2026 preview "last
    // year" is 2025.
    expect(figures('The GII 2023 is out. Shenzhen–Hong Kong–Guangzhou ranked second this year.')).toEqual([]);
    expect(figures('The GII 2026 comes out soon. Last year China entered the GII top ten.')).toContainEqual([
      'top ten',
      'china-gii-rank',
      'same',
    ]);
    // A figure of no particular year is linked as on a GII 2025 page.
    expect(figures('China is the top source of PCT applications, No. 1.')).toContainEqual([
      'No. 1',
      'china-pct-source-rank',
      'same',
    ]);
  });
});

describe('the source article', () => {
  const source = readFileSync('data/source-article.txt', 'utf8');
  const mentions = annotate(source);
  const { data } = loadDataset();
  const found = new Set(mentions.map((m) => m.id));

  test('every speaker, organization, place and figure is found', () => {
    const missing = [...data.people, ...data.organizations, ...data.places, ...data.figures]
      .map((e) => e.id)
      .filter((id) => !found.has(id));
    // Places the article names only inside a cluster (Shanghai, Suzhou, Shenzhen…) are found as the cluster.
    const insideClusters = new Set(['shanghai', 'suzhou', 'shenzhen', 'hong-kong', 'guangzhou', 'zhongguancun']);
    expect(missing.filter((id) => !insideClusters.has(id))).toEqual([]);
  });

  test('every figure in it agrees with itself', () => {
    const figures = mentions.filter((m) => m.kind === 'figure');
    expect(figures.length).toBeGreaterThanOrEqual(data.figures.length);
    expect(figures.filter((m) => m.agreement !== 'same')).toEqual([]);
  });
});

describe('invariants (property tests)', () => {
  const words = [
    'LIU Hua',
    'Ms. Liu',
    'He said',
    'song',
    'Beijing',
    'WIPO',
    'MOST',
    'Shanghai - Suzhou',
    'Xi’an',
    'China ranked 10th in the GII',
    '2.68% of GDP for R&D',
    '24 clusters',
    'ZHENG Ruqing',
    'Ms. Zheng',
    'Fink’s',
    'the',
    'of',
    'and',
    ',',
    '.',
    '\n',
    ' ',
    'Alemán',
    'CNIPA',
    'over 1,400 research institutions',
    'é',
    '–',
  ];
  const texts = fc.array(fc.constantFrom(...words), { maxLength: 40 }).map((a) => a.join(' '));

  test('every mention slices back to its text; mentions never overlap and are in order', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const ms = annotate(text, { verdict: GII });
        let end = 0;
        for (const m of ms) {
          expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(m.start).toBeGreaterThanOrEqual(end);
          end = m.end;
        }
      }),
      { seed: 11, numRuns: 400 },
    );
  });

  test('names found in full do not depend on the rest of the page: split at a paragraph, rejoin, same result', () => {
    const local = (ms: ReturnType<typeof annotate>) =>
      ms.filter((m) => m.kind === 'organization' || m.kind === 'place' || (m.kind === 'person' && /\s/.test(m.text)));
    fc.assert(
      fc.property(texts, texts, (a, b) => {
        const whole = local(annotate(`${a}\n${b}`, { verdict: GII }));
        const shift = a.length + 1;
        const parts = [
          ...local(annotate(a, { verdict: GII })),
          ...local(annotate(b, { verdict: GII })).map((m) => ({ ...m, start: m.start + shift, end: m.end + shift })),
        ];
        expect(whole).toEqual(parts);
      }),
      { seed: 12, numRuns: 300 },
    );
  });
});
