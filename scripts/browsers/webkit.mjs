// WebKit (Safari's engine): WebKitGTK's MiniBrowser under a virtual display (xvfb-run), driven by
// WebKitWebDriver through plain W3C WebDriver calls. WebKitWebDriver reports no console messages
// (no BiDi, no log endpoint), so errors are recorded in the page itself from the moment each
// document is reached (in-page.mjs, recordErrors).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { recordErrors, takeErrors } from './in-page.mjs';

export const WEBKIT = {
  name: 'WebKit',
  executables: ['/usr/bin/WebKitWebDriver'],
  apt: 'webkit2gtk-driver xvfb xauth',
  needs: ['/usr/bin/xvfb-run'],
};

const MINIBROWSER = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkitgtk-6.0/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkitgtk-6.0/MiniBrowser',
];
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

async function request(base, method, path, body) {
  const response = await fetch(base + path, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json();
  if (!response.ok) {
    throw new Error(`WebDriver ${method} ${path}: ${json.value?.error}: ${json.value?.message}`);
  }
  return json.value;
}

async function startDriver(executable, port) {
  const child = spawn('xvfb-run', ['-a', executable, `--port=${port}`], {
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const base = `http://127.0.0.1:${port}`;
  const end = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver stopped: ${stderr.trim()}`);
    const ready = await request(base, 'GET', '/status').then(
      (status) => status.ready,
      () => false,
    );
    if (ready) return { child, base };
    if (Date.now() > end) throw new Error(`WebKitWebDriver did not start: ${stderr.trim()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Starts WebKitWebDriver and a browser session; returns the driver the smoke run uses. */
export async function webkit(executable, baseUrl, port, minibrowser = MINIBROWSER) {
  const { child, base } = await startDriver(executable, port);
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  let session;
  try {
    const binary = minibrowser.find((path) => existsSync(path));
    const options = binary ? { binary, args: ['--automation'] } : {};
    session = await request(base, 'POST', '/session', {
      capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': options } },
    });
  } catch (error) {
    stop();
    throw error;
  }
  const path = `/session/${session.sessionId}`;
  const send = (method, route, body) => request(base, method, path + route, body);
  const execute = (fn, args) =>
    send('POST', '/execute/async', {
      script: `const done = arguments[arguments.length - 1];
        Promise.resolve((${fn}).apply(null, [...arguments].slice(0, -1))).then(done, (error) => done({ __error: String(error) }));`,
      args,
    }).then((value) => {
      if (value && typeof value === 'object' && '__error' in value) throw new Error(value.__error);
      return value;
    });
  const errors = [];
  const collect = async () =>
    errors.push(...((await execute(takeErrors, []).catch(() => [])) ?? []));
  const visit = async (go) => {
    await collect();
    await go();
    await execute(recordErrors, []);
  };
  await send('POST', '/window/rect', { width: 1366, height: 768 }).catch(() => undefined);
  return {
    name: 'WebKit',
    version: session.capabilities.browserVersion,
    goto: (route) => visit(() => send('POST', '/url', { url: new URL(route, baseUrl).href })),
    reload: () => visit(() => send('POST', '/refresh', {})),
    call: (fn, ...args) => execute(fn, args),
    async handle(fn, ...args) {
      const value = await execute(fn, args);
      return value && value[ELEMENT] ? value : null;
    },
    click: (element) => send('POST', `/element/${element[ELEMENT]}/click`, {}),
    type: (element, text) => send('POST', `/element/${element[ELEMENT]}/value`, { text }),
    upload: (element, file) => send('POST', `/element/${element[ELEMENT]}/value`, { text: file }),
    async errors() {
      await collect();
      return errors.splice(0, errors.length);
    },
    async close() {
      await send('DELETE', '', undefined).catch(() => undefined);
      stop();
    },
  };
}
