import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

/*
 * Fetches a web page a teacher named, for the article import, without letting the address reach anything but the
 * public internet: only http and https; every address a host name resolves to must be public (no private, loopback,
 * link-local, carrier-grade NAT, multicast or reserved ranges), checked in the connection's own DNS look-up (so a
 * name that answers differently the second time cannot slip through) and again after every redirect; at most
 * MAX_REDIRECTS redirects, MAX_BYTES of body and TIMEOUT_MS in all.
 *
 * IMPORT_ALLOW_LOOPBACK=1 lets loopback addresses (127.0.0.0/8, ::1) through and nothing else: the tests serve
 * pages from a local server. Only the test process sets it (playwright.config.ts, the unit tests); never set it on
 * a server anyone else can reach (docs/SECURITY.md).
 */

export const MAX_REDIRECTS = 5;
export const MAX_BYTES = 2_000_000;
export const TIMEOUT_MS = 10_000;

/** A refusal or failure, in words a teacher reads next to the address box. */
export class FetchRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FetchRefused';
  }
}

const PRIVATE = 'That address is inside a private network, not on the public internet, so it cannot be fetched. Use the article’s public web address.';

/** Whether the app may connect to this IP address: public unicast only (loopback too while testing). */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let ip = ipaddr.parse(address);
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress()) ip = (ip as ipaddr.IPv6).toIPv4Address();
  const range = ip.range();
  if (range === 'loopback') return process.env.IMPORT_ALLOW_LOOPBACK === '1';
  return range === 'unicast';
}

/** The system look-up, refusing a name any of whose addresses is not public. */
const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, '', 4);
    const list = addresses as dns.LookupAddress[];
    if (list.length === 0 || !list.every((a) => isPublicAddress(a.address))) return callback(new FetchRefused(PRIVATE), '', 4);
    if (options.all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
    callback(null, list[0].address, list[0].family);
  });
};

/** Checks an address before any connection: scheme, no user name or password, and a literal IP must be public. */
function checkUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchRefused('That is not a web address. Paste the whole address, starting with https://');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchRefused('Only web addresses that start with http:// or https:// can be fetched.');
  if (url.username || url.password) throw new FetchRefused('Web addresses with a user name or password in them cannot be fetched.');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // An IP written in the address is connected to without a look-up: check it here.
  if (ipaddr.isValid(host) && !isPublicAddress(host)) throw new FetchRefused(PRIVATE);
  return url;
}

type Hop = { status: number; location: string | null; type: string; body: string };

/** One request, no redirects followed; the body is read only for a 200 (up to MAX_BYTES). */
function request(url: URL, signal: AbortSignal): Promise<Hop> {
  const get = url.protocol === 'https:' ? https.get : http.get;
  return new Promise((resolve, reject) => {
    const req = get(url, { lookup: guardedLookup, signal, headers: { 'User-Agent': 'FactcheckQuiz/1.0 (article import)', Accept: 'text/html,application/xhtml+xml' } }, (res) => {
      const status = res.statusCode ?? 0;
      const type = String(res.headers['content-type'] ?? '');
      const location = res.headers.location ?? null;
      if (status !== 200) {
        res.resume();
        return resolve({ status, location, type, body: '' });
      }
      if (Number(res.headers['content-length'] ?? 0) > MAX_BYTES) {
        res.destroy();
        return reject(new FetchRefused(`That page is too big to import (more than ${MAX_BYTES / 1_000_000} MB).`));
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (c: Buffer) => {
        size += c.length;
        if (size > MAX_BYTES) {
          res.destroy();
          reject(new FetchRefused(`That page is too big to import (more than ${MAX_BYTES / 1_000_000} MB).`));
        } else chunks.push(c);
      });
      res.on('end', () => resolve({ status, location, type, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

/**
 * Fetches an HTML page from a public address, following up to MAX_REDIRECTS redirects (each checked like the first).
 * Answers the page's final address and HTML; throws FetchRefused with the teacher's words for anything else.
 */
export async function fetchPublicPage(raw: string): Promise<{ url: string; html: string }> {
  const signal = AbortSignal.timeout(TIMEOUT_MS);
  let url = checkUrl(raw);
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    let res: Hop;
    try {
      res = await request(url, signal);
    } catch (err) {
      if (err instanceof FetchRefused) throw err;
      if (signal.aborted) throw new FetchRefused(`That site took too long to answer (more than ${TIMEOUT_MS / 1000} seconds). Try again, or paste the text instead.`);
      throw new FetchRefused('That site could not be reached. Check the address, or paste the text instead.');
    }
    if ([301, 302, 303, 307, 308].includes(res.status) && res.location) {
      url = checkUrl(new URL(res.location, url).toString());
      continue;
    }
    if (res.status !== 200) throw new FetchRefused(`That site answered with an error (${res.status}). Check the address, or paste the text instead.`);
    if (!/text\/html|application\/xhtml\+xml/i.test(res.type)) throw new FetchRefused('That address is not a web page (it is a file or another kind of document). Paste the text instead.');
    return { url: url.toString(), html: res.body };
  }
  throw new FetchRefused(`That address sends the browser on too many times (more than ${MAX_REDIRECTS} redirects).`);
}
