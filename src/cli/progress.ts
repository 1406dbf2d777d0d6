// A progress bar for long CLI work. It draws on stderr only when stderr is a terminal, so piped
// output and JSON on stdout stay clean.

export interface Progress {
  update(done: number, total?: number): void;
  finish(message?: string): void;
}

export function createProgress(label: string, total?: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  const isTerminal = Boolean(stream.isTTY);
  const startedAt = Date.now();
  let lastDrawn = 0;
  let knownTotal = total;
  const draw = (done: number) => {
    const seconds = (Date.now() - startedAt) / 1000;
    const rate = seconds > 0 ? Math.round(done / seconds) : 0;
    if (knownTotal && knownTotal > 0) {
      const share = Math.min(1, done / knownTotal);
      const width = 30;
      const filled = Math.round(share * width);
      const bar = `${'#'.repeat(filled)}${'-'.repeat(width - filled)}`;
      stream.write(`\r${label} [${bar}] ${(share * 100).toFixed(0).padStart(3)}% ${done}/${knownTotal} (${rate}/s)`);
    } else {
      stream.write(`\r${label} ${done} (${rate}/s)`);
    }
  };
  return {
    update(done, newTotal) {
      if (newTotal !== undefined) knownTotal = newTotal;
      if (!isTerminal) return;
      const now = Date.now();
      if (now - lastDrawn < 100) return;
      lastDrawn = now;
      draw(done);
    },
    finish(message) {
      if (isTerminal) stream.write('\r\x1b[K');
      if (message) stream.write(`${message}\n`);
    },
  };
}
