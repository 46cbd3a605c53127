// `npm start`: install what is missing, build, and serve the built app on http://localhost:4173.
import { execSync } from 'node:child_process';
import { ensureDependencies } from './ensure-deps.mjs';

ensureDependencies();
execSync('npm run build', { stdio: 'inherit' });
console.log('\nPTĐV: http://localhost:4173\n');
execSync('npx vite preview --port 4173 --strictPort --host 127.0.0.1', { stdio: 'inherit' });
