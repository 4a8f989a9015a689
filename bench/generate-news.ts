// Generated news text for benchmarks: paragraphs in the team's own words that mix roundtable names and figures with
// ordinary reporting, numbers that are not figures, and false friends, in the proportions of a real GII story.
// Typeset as news sites publish it: curly apostrophes and quotes, en dashes in cluster names. That matters beyond
// looks: one such character makes the whole page text a two-byte string, and the engine's regular expressions are
// compiled and run separately for one-byte and two-byte text. Deterministic (seeded), so runs compare like with like.

const GII_SENTENCES = [
  'Ms. LIU Hua, who heads the WIPO Office in China, opened the meeting in Beijing.',
  'According to Carsten Fink, China is now 10th in the Global Innovation Index.',
  'The Shanghai–Suzhou cluster placed 6th, while Beijing came 4th in the ranking.',
  'Officials said R&D spending passed 3.6 trillion yuan in 2024, or 2.68% of GDP.',
  'China hosts 24 of the top 100 science and technology clusters this year.',
  'Mr. Alemán praised the hubs of the Greater Bay Area, Hangzhou and Nanjing.',
  'Xi’an counts over 1,400 research institutions, said JIANG Xia of the city’s science bureau.',
  'Huawei and Xiaomi described how they use the PCT and Hague systems.',
  'Commissioner Shen said CNIPA had recorded more than 5 million valid invention patents.',
  'ZHENG Ruqing of Peking University spoke about technology transfer.',
];
const FILLER_SENTENCES = [
  'He said the weather in the capital had been mild for most of the week.',
  'The city council met for 24 hours to debate the new budget for schools and parks.',
  'A local band played a song about the harbour at the 10th anniversary of the festival.',
  'Analysts expect markets to open higher after a quiet session on Tuesday morning.',
  '“We’ll extend the opening hours over the summer holidays,” the museum’s spokesperson said.',
  'Ticket prices rose by 3 percent, the operator announced in a short statement.',
  'Most residents said they would welcome more cycle lanes and quieter streets.',
  'The team lost 2-1 in extra time after a long and tiring season away from home.',
  'Restaurants near the river reported busy evenings as tourists returned to the area.',
  'Engineers finished the bridge repairs two weeks ahead of schedule, officials said.',
  'Critics praised the new opera production for its staging and its young cast.',
  'The library now lends tools, seeds and board games as well as books.',
];

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GenerateOptions {
  /** Target size in characters. */
  chars: number;
  /** Share of sentences about the roundtable (0 gives an unrelated page). */
  giiShare?: number;
  seed?: number;
}

/** Paragraphs of 3–6 sentences separated by blank lines, starting with a GII headline when giiShare > 0. */
export function generateParagraphs({ chars, giiShare = 0.2, seed = 1 }: GenerateOptions): string[] {
  const rand = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
  const paragraphs: string[] = [];
  let size = 0;
  if (giiShare > 0) {
    const lead = 'China enters the top 10 of the Global Innovation Index 2025, WIPO says.';
    paragraphs.push(lead);
    size += lead.length;
  }
  while (size < chars) {
    const n = 3 + Math.floor(rand() * 4);
    const sentences: string[] = [];
    for (let i = 0; i < n; i++) sentences.push(rand() < giiShare ? pick(GII_SENTENCES) : pick(FILLER_SENTENCES));
    const p = sentences.join(' ');
    paragraphs.push(p);
    size += p.length + 2;
  }
  return paragraphs;
}

export function generateText(options: GenerateOptions): string {
  return generateParagraphs(options).join('\n\n');
}

/** The distinct names a term-list highlighter would search for (the mark.js comparison). */
export const TERMS_FOR_COMPARISON: readonly string[] = [
  'LIU Hua',
  'Liu',
  'Carsten Fink',
  'Fink',
  'Alemán',
  'Shen',
  'JIANG Xia',
  'ZHENG Ruqing',
  'WIPO Office in China',
  'WIPO',
  'CNIPA',
  'Peking University',
  'Huawei',
  'Xiaomi',
  'Beijing',
  'Shanghai–Suzhou',
  'Greater Bay Area',
  'Hangzhou',
  'Nanjing',
  'Xi’an',
  'Global Innovation Index',
  '3.6 trillion yuan',
  '2.68%',
  '10th',
  '4th',
  '6th',
  'over 1,400',
  'more than 5 million',
  '24',
];
