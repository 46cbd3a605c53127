// `npm run test:e2e`: Playwright end-to-end tests in a real Chromium against the built app.
import { spawnSync } from 'node:child_process';
import { ensureBrowser } from './browser.mjs';
import { ensureDependencies } from './ensure-deps.mjs';

ensureDependencies();
const executable = ensureBrowser();
const env = { ...process.env };
if (executable) env.PTDV_CHROMIUM = executable;
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env,
});
process.exit(result.status ?? 1);
