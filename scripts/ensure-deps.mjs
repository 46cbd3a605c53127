// Installs npm dependencies on first use (or when package-lock.json changed since the last install).
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

export function ensureDependencies() {
  const marker = 'node_modules/.package-lock.json';
  const stale =
    !existsSync(marker) || statSync('package-lock.json').mtimeMs > statSync(marker).mtimeMs;
  if (stale) {
    console.log('[deps] installing dependencies with npm ci…');
    execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
  }
}
