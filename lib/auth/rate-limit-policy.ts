/**
 * How many failed tries sign-in and join allow, and under which keys they are counted. One place, so the server
 * actions and the tests of the limiter use the same numbers and the same key shapes.
 */

/** 10 failed sign-ins within any 60 s, per address and per account. */
export const SIGN_IN_LIMIT = { limit: 10, windowSeconds: 60 } as const;

/** 10 wrong class or personal codes within any 60 s per address: the codes are short, so guessing is slowed. */
export const JOIN_LIMIT = { limit: 10, windowSeconds: 60 } as const;

/**
 * 200 wrong codes within any 60 s from all addresses together: someone rotating addresses (or holding many) gets no
 * more than that. Past it, no code is checked for anyone until the oldest of those failures is 60 s old.
 */
export const JOIN_GLOBAL_LIMIT = { limit: 200, windowSeconds: 60 } as const;

/**
 * A join device is a browser's first join try from an address, marked with a signed cookie that lives an hour. At
 * most 60 are handed out per address per hour, so a guesser clearing cookies gets no more than that.
 */
export const JOIN_DEVICE_ISSUE_LIMIT = { limit: 60, windowSeconds: 60 * 60 } as const;

/**
 * While its address is limited, a device may still try codes if it has had fewer than 3 wrong ones in its hour: the
 * student next to a prankster gets in with the right code, and a guesser gains at most 3 × 60 tries an hour.
 */
export const JOIN_DEVICE_LIMIT = { limit: 3, windowSeconds: 60 * 60 } as const;

/**
 * The keys a sign-in is counted under: per address slows one machine trying many accounts, per account (the email,
 * in any case) slows many machines trying one. The account's key is the second.
 */
export function signInKeys(address: string, email: string): [address: string, account: string] {
  return [`signin:addr:${address}`, `signin:acct:${email.toLowerCase()}`];
}

/** The key join and rejoin guesses are counted under: class and personal codes share it. */
export function joinKey(address: string, scope = 'join'): string {
  return `${scope}:addr:${address}`;
}

/**
 * Every key a join try touches. `scope` is 'join' in the app; tests give their own, so they can fill the global
 * log without refusing real joins on a shared database.
 */
export function joinKeys(address: string, scope = 'join') {
  return {
    address: joinKey(address, scope),
    global: `${scope}:all`,
    deviceIssued: `${scope}:devices-issued:${address}`,
    device: (id: string) => `${scope}:device:${id}`,
  };
}
