#!/usr/bin/env node
// Entry point for `storyline` / `npx storyline` / `npm start`: runs the TypeScript CLI through tsx,
// so a fresh checkout needs nothing but `npm install`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
