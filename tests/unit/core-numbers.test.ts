// Number phrases as a reader sees them: the words before a number that bound it belong to the phrase ("the top 10",
// "just under 5 million"), a currency before the digits too, and the unit after them decides the kind.
import { describe, expect, test } from 'vitest';
import { fold } from '../../src/core/fold';
import { findNumberPhrases } from '../../src/core/numbers';

function phrases(text: string) {
  const folded = fold(text).text;
  return findNumberPhrases(folded, 0, folded.length).map((p) => ({
    text: folded.slice(p.start, p.end),
    value: p.value,
    cls: p.cls,
    qualifier: p.qualifier,
  }));
}

describe('number phrases', () => {
  test.each([
    ['China is in the top 10 now.', 'the top 10', 10, 'rank', 'top'],
    ['It sits in top 10 lists.', 'top 10', 10, 'rank', 'top'],
    ['Just under 5 million patents.', 'just under 5 million', 5e6, 'count', 'upper'],
    ['Under 5 million patents.', 'under 5 million', 5e6, 'count', 'upper'],
    ['Spending passed RMB 3.6 trillion.', 'rmb 3.6 trillion', 3.6e12, 'yuan', 'exact'],
    ['A fund of US$3.6 billion.', 'us$3.6 billion', 3.6e9, 'other-money', 'exact'],
    // Financial papers glue the currency code to the digits and abbreviate the scale.
    ['Spending hit Rmb3.6tn last year.', 'rmb3.6tn', 3.6e12, 'yuan', 'exact'],
    ['Over RMB250bn went to basic research.', 'over rmb250bn', 2.5e11, 'yuan', 'lower'],
    ['Some CNY250bn went to basic research.', 'some cny250bn', 2.5e11, 'yuan', 'about'],
    ['More than RMB¥ 250 billion.', 'more than rmb¥ 250 billion', 2.5e11, 'yuan', 'lower'],
    ['It ranked No. 10 this year.', 'no. 10', 10, 'rank', 'exact'],
    ['R&D reached 2.68 per cent of GDP.', '2.68 per cent', 2.68, 'percent', 'exact'],
    ['Approximately 1,400 institutes.', 'approximately 1,400', 1400, 'count', 'about'],
    // Wire and terminal style.
    ['Over 5 mln valid patents.', 'over 5 mln', 5e6, 'count', 'lower'],
    ['A 3.6 bln fund.', '3.6 bln', 3.6e9, 'amount', 'exact'],
  ])('%s → %s', (text, phrase, value, cls, qualifier) => {
    expect(phrases(text)).toContainEqual({ text: phrase, value, cls, qualifier });
  });

  test.each([
    ['The grants cover 24 clusters.', '24'],
    ['A handsome 24 clusters.', '24'],
    ['Buses stop 10 times.', '10'],
    ['The casino. 10 players.', '10'],
  ])('a qualifier inside a longer word is none: %s', (text, digits) => {
    expect(phrases(text)).toEqual([expect.objectContaining({ text: digits, qualifier: 'exact' })]);
  });

  test('digits glued to other letters are no number: a model name, a code', () => {
    expect(phrases('The A4 sheet and the covid19 rules, the rmbx3 and xrmb3 tickers.')).toEqual([]);
  });

  test('a number that names a thing is no quantity: "24-hour", "the 10th anniversary", a bare year', () => {
    expect(phrases('A 24-hour debate for the 10th anniversary in 2025.')).toEqual([]);
  });

  test('a streak abbreviated: "3rd straight yr"', () => {
    expect(phrases('Most clusters of any economy for 3rd straight yr.')).toContainEqual(
      expect.objectContaining({ text: '3rd straight yr', value: 3, cls: 'consecutive-years' }),
    );
  });

  test('a footnote marker after a word or a full stop is no number; a bracket after a space is read', () => {
    expect(phrases('It ranked 10th.[2] Trends[1] were named, 24 of them.[12]').map((p) => p.text)).toEqual([
      '10th',
      '24',
    ]);
    expect(phrases('China has [24] clusters.')).toEqual([expect.objectContaining({ text: '24', value: 24 })]);
  });

  test('a day of a month is a date, not a place in a ranking', () => {
    expect(phrases('On the nineteenth of September, and on the 19th of Sept., and the 19th September.')).toEqual([]);
    expect(phrases('It came 19th of the 130 economies.')).toContainEqual(expect.objectContaining({ text: '19th' }));
  });

  test('the whole a count is taken from is no figure of its own: "24 of the world\'s 100", "3 out of 10"', () => {
    expect(phrases("It is home to 24 of the world's 100 leading clusters; 3 out of 10 agree.")).toEqual([
      expect.objectContaining({ text: '24', value: 24 }),
      expect.objectContaining({ text: '3', value: 3 }),
    ]);
  });

  test('a year in a table row is not read as yuan because the next cell starts with RMB', () => {
    expect(phrases('2024      RMB 3.6 trillion')).toEqual([
      expect.objectContaining({ text: 'rmb 3.6 trillion', value: 3.6e12, cls: 'yuan' }),
    ]);
  });

  test('a change from one year to the next is no percentage level: "+8.3 pct", "8.3% yr/yr", "year on year"', () => {
    expect(phrases('Spend +8.3 pct; up 8.3% yr/yr; 8.3 per cent year-on-year; 8.3% y/y.')).toEqual([]);
    expect(phrases('Intensity 2.68 pct yearly.')).toEqual([expect.objectContaining({ text: '2.68 pct' })]);
  });
});
