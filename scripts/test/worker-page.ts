import { readFileSync } from 'node:fs';
import { type Listening, listen } from '@contracts/http';
import { type BuildOptions, build } from 'esbuild';

/**
 * Serves an app page on 127.0.0.1 as a frontend dev server would: `/` loads `/app.js`, the browser bundle esbuild makes
 * of `entry`, and `/mockServiceWorker.js` is the worker file MSW ships for `msw init` (read from `workerFile`).
 */
export async function serveWorkerPage(entry: Pick<BuildOptions, 'entryPoints' | 'stdin' | 'absWorkingDir'>, workerFile: string): Promise<Listening> {
  const bundled = await build({ ...entry, bundle: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent' });
  const files: Record<string, { type: string; body: string }> = {
    '/': { type: 'text/html', body: '<!doctype html><title>app</title><script type="module" src="/app.js"></script>' },
    '/app.js': { type: 'text/javascript', body: bundled.outputFiles[0]?.text ?? '' },
    '/mockServiceWorker.js': { type: 'text/javascript', body: readFileSync(workerFile, 'utf8') },
  };
  return listen(
    (request, response) => {
      const file = files[request.url ?? ''];
      response.writeHead(file ? 200 : 404, { 'content-type': file?.type ?? 'text/plain' });
      response.end(file?.body ?? 'not found');
    },
    0,
    '127.0.0.1',
  );
}
