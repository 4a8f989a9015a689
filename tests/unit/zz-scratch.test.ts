import { test } from 'vitest';
import { annotate } from '../../src/core';
test('p', () => {
  for (const t of [
    "It came 10th overall. That puts China in the global top ten for the first time; in the 2024 edition it was 11th.",
    "That puts China in the global top ten for the first time.",
    "That's a wrap from us. Closing the day, LIU Hua called China's arrival in the top 10 “a new milestone” and thanked every speaker.",
    "A: That China is in the top ten. It came tenth overall, up from 11th in 2024.",
    "China entered the top ten of the GII this year.",
    "China is in the GII top ten.",
  ]) console.log(t, '\n   ', JSON.stringify(annotate(t, { verdict: 'gii-2025' }).filter(m=>m.kind==='figure').map((m) => [m.text, m.id, m.agreement])));
});
