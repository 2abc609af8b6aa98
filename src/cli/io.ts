/** The streams a command writes to; tests pass fakes and read what was written. */
export interface Output {
  write(chunk: string): unknown;
  readonly isTTY?: boolean;
}

export interface CliIo {
  readonly stdout: Output;
  readonly stderr: Output;
  readonly env: NodeJS.ProcessEnv;
  readonly readStdin?: () => Promise<Uint8Array>;
}

export const processIo: CliIo = { stdout: process.stdout, stderr: process.stderr, env: process.env };

/** A usage error: the command line itself is wrong. Printed with a hint, exit status 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export function writeLine(out: Output, line = ''): void {
  out.write(`${line}\n`);
}

export function writeJson(out: Output, value: unknown): void {
  out.write(`${JSON.stringify(value)}\n`);
}
