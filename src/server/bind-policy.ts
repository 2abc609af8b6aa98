/** Where `serve` may listen: loopback freely; any other address only with a token (issue 10, part 4). */

export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h) || h === '::ffff:127.0.0.1';
}

/** Null when the combination is allowed, else the message `serve` exits with. */
export function bindRefusal(host: string, token: string | undefined): string | null {
  if (isLoopbackHost(host) || (token !== undefined && token.length > 0)) return null;
  return `refusing to listen on ${host} without a token: anyone who can reach it could read and add documents. ` +
    'Give --token TOKEN (or set STORYLINE_TOKEN), or listen on 127.0.0.1';
}
