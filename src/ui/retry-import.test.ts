import { describe, expect, it } from 'vitest';
import { failedModuleUrl, isModuleLoadFailure, retryImport } from './retry-import';

const noWait = () => Promise.resolve();
const CHUNK = 'http://localhost:4173/assets/units-page-fDtcMdDt.js';
const chromiumFailure = () =>
  new TypeError(`Failed to fetch dynamically imported module: ${CHUNK}`);

describe('retryImport', () => {
  it('tries a failed page module again at a new address, the one the error names', async () => {
    const tried: string[] = [];
    const waits: number[] = [];
    const module = await retryImport(() => Promise.reject(chromiumFailure()), {
      wait: (ms) => {
        waits.push(ms);
        return Promise.resolve();
      },
      importUrl: (url) => {
        tried.push(url);
        return tried.length < 2 ? Promise.reject(chromiumFailure()) : Promise.resolve('page');
      },
    });
    expect(module).toBe('page');
    // Chromium fails the same address again at once: each retry asks for a new one.
    expect(tried).toHaveLength(2);
    for (const url of tried) expect(url).toMatch(new RegExp(`^${CHUNK}\\?retry=\\d+$`));
    expect(new Set(tried).size).toBe(2);
    expect(waits).toEqual([300, 1200]);
  });

  it('asks for addresses never asked before when a page is opened again', async () => {
    const tried: string[] = [];
    const importUrl = (url: string) => {
      tried.push(url);
      return Promise.reject(chromiumFailure());
    };
    for (let visit = 0; visit < 2; visit += 1) {
      await expect(
        retryImport(() => Promise.reject(chromiumFailure()), { wait: noWait, importUrl }),
      ).rejects.toThrow(CHUNK);
    }
    expect(new Set(tried).size).toBe(4);
  });

  it('imports the same module again when the error names no address (Safari)', async () => {
    let tries = 0;
    const module = await retryImport(
      () => {
        tries += 1;
        return tries < 3
          ? Promise.reject(new TypeError('Importing a module script failed.'))
          : Promise.resolve('page');
      },
      { wait: noWait },
    );
    expect(module).toBe('page');
    expect(tries).toBe(3);
  });

  it('fails with the last error after three tries', async () => {
    let tries = 0;
    await expect(
      retryImport(() => Promise.reject(new TypeError(`try ${(tries += 1)}`)), { wait: noWait }),
    ).rejects.toThrow('try 3');
  });
});

describe('isModuleLoadFailure and failedModuleUrl', () => {
  it('know the three engines’ words for a module that could not be fetched', () => {
    const firefox = new TypeError(
      'error loading dynamically imported module: http://localhost/assets/a-1.js',
    );
    expect(isModuleLoadFailure(chromiumFailure())).toBe(true);
    expect(isModuleLoadFailure(firefox)).toBe(true);
    expect(isModuleLoadFailure(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isModuleLoadFailure(new Error('Cannot read properties of undefined'))).toBe(false);
    expect(failedModuleUrl(chromiumFailure())).toBe(CHUNK);
    expect(failedModuleUrl(firefox)).toBe('http://localhost/assets/a-1.js');
    expect(failedModuleUrl(new TypeError('Importing a module script failed.'))).toBeNull();
  });
});
