// Reading a chosen file (an exchange file, a backup), in the import and backup workers.
import { ImportError } from './errors';

/** The file's bytes; a file the browser cannot read (moved, deleted since) is refused. */
export async function readBytes(file: Blob & { name: string }): Promise<ArrayBuffer> {
  try {
    return await file.arrayBuffer();
  } catch {
    throw new ImportError({ code: 'unreadable', file: file.name });
  }
}

/** UTF-8 as the contract says; a byte order mark is tolerated, invalid bytes refuse the file. */
export function decodeUtf8(bytes: ArrayBuffer, fileName: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError({ code: 'notUtf8', file: fileName });
  }
}
