// A file's text as JSON, or why it is not: empty, cut short (a download or copy that did not
// finish), or not JSON at all (with the line and column where the engine says it broke).
import { ImportError } from './errors';
import { timed } from './timing';

/**
 * Does the text stop in the middle of a JSON value (an open string, object or array)? Scans
 * brackets outside strings, so the answer does not depend on the engine's error message.
 */
export function looksTruncated(text: string): boolean {
  let depth = 0;
  let inString = false;
  let sawValue = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 0x5c) index += 1;
      else if (char === 0x22) inString = false;
      continue;
    }
    if (char === 0x22) {
      inString = true;
      sawValue = true;
    } else if (char === 0x7b || char === 0x5b) {
      depth += 1;
      sawValue = true;
    } else if (char === 0x7d || char === 0x5d) {
      depth -= 1;
      // More closing than opening brackets: broken, not cut short.
      if (depth < 0) return false;
    }
  }
  return sawValue && (inString || depth > 0);
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < position && index < text.length; index += 1) {
    if (text.charCodeAt(index) === 0x0a) {
      line += 1;
      lineStart = index + 1;
    }
  }
  return { line, column: position - lineStart + 1 };
}

/** The text without a byte order mark (some editors write one; JSON.parse refuses it). */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The JSON value of an exchange file's text; ImportError emptyFile, truncated or notJson. */
export function parseJsonFile(text: string, fileName: string): unknown {
  const body = withoutBom(text);
  if (body.trim() === '') throw new ImportError({ code: 'emptyFile', file: fileName });
  try {
    return timed('parse', () => JSON.parse(body) as unknown);
  } catch (error) {
    if (looksTruncated(body)) throw new ImportError({ code: 'truncated', file: fileName });
    const message = error instanceof Error ? error.message : '';
    const position = /position (\d+)/.exec(message)?.[1];
    if (position !== undefined) {
      const { line, column } = lineAndColumn(body, Number(position));
      throw new ImportError({ code: 'notJson', file: fileName, params: { line, column } });
    }
    throw new ImportError({ code: 'notJson', file: fileName });
  }
}
