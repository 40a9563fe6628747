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
 * A join device is a browser's signed cookie, handed out by proxy.ts when /join is opened and valid for an hour. While
 * its address is limited, a device with fewer than 3 wrong codes of its own is still checked: the student next to a
 * prankster gets in with the right code, and the prankster's own browser does not.
 */
export const JOIN_DEVICE_LIMIT = { limit: 3, windowSeconds: 60 * 60 } as const;

/**
 * Devices cost nothing to make, so at most 60 new ones per address per hour are let past that address's limit: a
 * guesser who opens the page afresh for every try gets no more than 60 × 3 = 180 extra checks an hour from it.
 */
export const JOIN_DEVICE_ADMIT_LIMIT = { limit: 60, windowSeconds: 60 * 60 } as const;

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
    /** Devices let past this address's limit for the first time (one row each). */
    devicesAdmitted: `${scope}:devices-admitted:${address}`,
    /** A device's wrong codes. */
    device: (id: string) => `${scope}:device:${id}`,
    /** One row once the device has been let past its address's limit. */
    deviceAdmitted: (id: string) => `${scope}:device-admitted:${id}`,
  };
}

/**
 * 20 sign-ups within any hour per address, counted whether or not an account was made: each try says whether its
 * email was free, so a script trying a list of addresses learns at most 20 an hour from one address. 20 leaves room
 * for a staff room signing up together behind one school address.
 */
export const SIGN_UP_LIMIT = { limit: 20, windowSeconds: 3600 } as const;

/** The key sign-up tries are counted under. */
export function signUpKey(address: string): string {
  return `signup:addr:${address}`;
}

/**
 * New open-play attempts (a resumed one is not counted): 10 within any 10 minutes per player (a guest browser or
 * an account), and 60 per address. A start is a play: a player holds one unfinished attempt per quiz (starting
 * again resumes it), so 10 plays in 10 minutes is already more than anyone reads. 60 per address lets a class of 30
 * behind one school address each play twice in 10 minutes (a 10-question quiz takes a student several minutes),
 * while a script that throws its cookie away after every play is held to 6 a minute.
 * `ATTEMPT_STARTS_PER_ADDRESS` raises the per-address figure where many players share an address (a large school
 * behind one NAT; the test servers, whose every player is 127.0.0.1).
 */
export function startLimits(): { perPlayer: number; perAddress: number; windowSeconds: number } {
  const raw = Number(process.env.ATTEMPT_STARTS_PER_ADDRESS);
  return { perPlayer: 10, perAddress: Number.isInteger(raw) && raw > 0 ? raw : 60, windowSeconds: 600 };
}

/** The keys a start is counted under: the player (account, else guest browser) and the address. */
export function startKeys(address: string, player: { userId?: string; guestId?: string }): [player: string, address: string] {
  const who = player.userId ? `u:${player.userId}` : `g:${player.guestId ?? 'none'}`;
  return [`start:player:${who}`, `start:addr:${address}`];
}

/**
 * Imports from a web address: 20 within any 10 minutes per teacher account, counted whether the page was usable or
 * not. Each try makes the server fetch a page from the internet and analyse it, so a script signed in as a teacher
 * must not turn the server into a fetcher; 20 leaves room for a teacher trying one link after another.
 */
export const IMPORT_LINK_LIMIT = { limit: 20, windowSeconds: 600 } as const;

/** The key link imports are counted under. */
export function importLinkKey(userId: string): string {
  return `import-link:acct:${userId}`;
}

/** "Try again in …" for a refused try, in seconds under two minutes, else in whole minutes. */
export function tryAgainIn(seconds: number): string {
  return `Try again in ${seconds < 120 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`}.`;
}
