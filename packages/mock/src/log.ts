/**
 * A request log that writes its lines in batches: one write per tick of 100 ms instead of one per
 * request, because a write to a pipe is synchronous on Linux and would cost every request a system call.
 */
export function batchedLog(stream: NodeJS.WritableStream, prefix = '  '): { log: (line: string) => void; flush: () => void } {
  let lines: string[] = [];
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (lines.length === 0) return;
    stream.write(`${lines.join('\n')}\n`);
    lines = [];
  };
  return {
    log: (line) => {
      lines.push(`${prefix}${line}`);
      timer ??= setTimeout(flush, 100).unref();
    },
    flush,
  };
}
