// Builds the Chrome and Firefox extensions once before the browser tests, so they always test the current code.
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  if (process.env.GII_LENS_SKIP_BUILD === '1') return;
  execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { stdio: 'inherit' });
}
