#!/usr/bin/env node
// Runs the TypeScript CLI directly (through tsx), so `npx gii-lens` works right after `npm ci`, with no build step.
import { register } from 'tsx/esm/api';

register();
// A reader piping into `head` closes the pipe early: that is a normal end, not a crash.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
