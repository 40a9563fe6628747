import { checkRateLimit, recordFailure } from '@/lib/db/queries/rate-limits';
import { newJoinDevice, verifyJoinDevice } from './join-device';
import { JOIN_DEVICE_ISSUE_LIMIT, JOIN_DEVICE_LIMIT, JOIN_GLOBAL_LIMIT, JOIN_LIMIT, joinKeys } from './rate-limit-policy';

// Why a try is let through (docs/SECURITY.md, "Sign-in and join are rate limited"):
// - Wrong codes count per address (10 a minute) and across all addresses (200 a minute). Past the global count
//   nothing is checked for anyone: a right code let through there would tell a guesser it is right, at any speed.
// - A whole school shares one address, so one prankster's wrong codes would keep every classmate out. A browser's
//   first try from an address gives it a join device (a signed cookie, one hour); while the address is limited, a
//   device with fewer than 3 wrong codes of its own is still checked. The prankster's device is not; a classmate's,
//   new or clean, is. Devices are handed out at most 60 per address per hour, so a guesser who clears cookies gets
//   at most 60 × 3 = 180 extra tries an hour from one address, on top of 10 a minute, and every one of them still
//   counts towards the global limit.

export type JoinTry<T> = {
  address: string;
  /** The join device cookie the browser sent, if any. */
  deviceCookie?: string;
  /** Checks the code (and joins when it is right): called only when the limits allow a try. */
  attempt: () => Promise<T>;
  /** Whether the result was a wrong code (a taken nickname is an honest clash, not a guess). */
  wasWrongCode: (result: T) => boolean;
  now?: number;
  /** Prefix of every key ('join' in the app; tests use their own). */
  scope?: string;
};

/** The try's result, or the message when it was refused unchecked; and a new device cookie to set, if one was issued. */
export type JoinTryOutcome<T> = ({ result: T } | { refused: string }) & { newDeviceCookie?: string };

function tooManyTries(seconds: number, everywhere = false): string {
  const wait = `Try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`;
  return everywhere ? `Too many tries on this site just now. ${wait}` : `Too many tries. ${wait}`;
}

/**
 * Runs one class-code or personal-code try under the join limits: refuses it unchecked when the limits say so,
 * otherwise checks it and logs a wrong code under the address, the device and the global key.
 */
export async function guardedJoinTry<T>({ address, deviceCookie, attempt, wasWrongCode, now = Date.now(), scope = 'join' }: JoinTry<T>): Promise<JoinTryOutcome<T>> {
  const keys = joinKeys(address, scope);
  const everywhere = await checkRateLimit({ key: keys.global, ...JOIN_GLOBAL_LIMIT, now });
  if (!everywhere.allowed) return { refused: tooManyTries(everywhere.retryAfterSeconds, true) };

  let device = verifyJoinDevice(deviceCookie, now);
  let newDeviceCookie: string | undefined;
  if (!device) {
    const issued = await checkRateLimit({ key: keys.deviceIssued, ...JOIN_DEVICE_ISSUE_LIMIT, now });
    if (issued.allowed) {
      const fresh = newJoinDevice(now);
      await recordFailure({ key: keys.deviceIssued, windowSeconds: JOIN_DEVICE_ISSUE_LIMIT.windowSeconds, now });
      device = fresh.id;
      newDeviceCookie = fresh.value;
    }
  }

  const byAddress = await checkRateLimit({ key: keys.address, ...JOIN_LIMIT, now });
  if (!byAddress.allowed) {
    const own = device ? await checkRateLimit({ key: keys.device(device), ...JOIN_DEVICE_LIMIT, now }) : { allowed: false };
    if (!own.allowed) return { refused: tooManyTries(byAddress.retryAfterSeconds), newDeviceCookie };
  }

  const result = await attempt();
  if (wasWrongCode(result)) {
    await Promise.all([
      recordFailure({ key: keys.address, windowSeconds: JOIN_LIMIT.windowSeconds, now }),
      recordFailure({ key: keys.global, windowSeconds: JOIN_GLOBAL_LIMIT.windowSeconds, now }),
      device ? recordFailure({ key: keys.device(device), windowSeconds: JOIN_DEVICE_LIMIT.windowSeconds, now }) : undefined,
    ]);
  }
  return { result, newDeviceCookie };
}
