/** Runs the CLI in-process with fake streams; returns the exit code and what it wrote. */
import { main } from '../../src/cli/main.ts';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runCli(args: string[], env: NodeJS.ProcessEnv = {}, stdin?: Uint8Array): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env,
    ...(stdin ? { readStdin: async () => stdin } : {}),
  });
  return { code, stdout, stderr };
}
