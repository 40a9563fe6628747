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
 * 20 sign-ups within any hour per address, counted whether or not an account was made: each try says whether its
 * email was free, so a script trying a list of addresses learns at most 20 an hour from one address. 20 leaves room
 * for a staff room signing up together behind one school address.
 */
export const SIGN_UP_LIMIT = { limit: 20, windowSeconds: 3600 } as const;

/** The key sign-up tries are counted under. */
export function signUpKey(address: string): string {
  return `signup:addr:${address}`;
}
