/**
 * How many failed tries sign-in and join allow, and under which keys they are counted. One place, so the server
 * actions and the tests of the limiter use the same numbers and the same key shapes.
 */

/** 10 failed sign-ins within any 60 s, per address and per account. */
export const SIGN_IN_LIMIT = { limit: 10, windowSeconds: 60 } as const;

/** 10 wrong class or personal codes within any 60 s per address: the codes are short, so guessing is slowed. */
export const JOIN_LIMIT = { limit: 10, windowSeconds: 60 } as const;

/**
 * The keys a sign-in is counted under: per address slows one machine trying many accounts, per account (the email,
 * in any case) slows many machines trying one. The account's key is the second.
 */
export function signInKeys(address: string, email: string): [address: string, account: string] {
  return [`signin:addr:${address}`, `signin:acct:${email.toLowerCase()}`];
}

/** The key join and rejoin guesses are counted under: class and personal codes share it. */
export function joinKey(address: string): string {
  return `join:addr:${address}`;
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
