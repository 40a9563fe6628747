import { checkRateLimit, recordFailure, releaseSlot, takeSlot } from '@/lib/db/queries/rate-limits';
import { verifyJoinDevice } from './join-device';
import { JOIN_DEVICE_ADMIT_LIMIT, JOIN_DEVICE_LIMIT, JOIN_GLOBAL_LIMIT, JOIN_LIMIT, joinKeys } from './rate-limit-policy';

// Why a try is let through (the numbers are in rate-limit-policy.ts):
// - Wrong codes count per address (10 a minute) and across all addresses (200 a minute). Past the global count
//   nothing is checked for anyone: a right code let through there would tell a guesser that it is right.
// - A whole school shares one address, so one prankster's wrong codes would keep every classmate out. Each browser
//   that opens /join gets a join device (a signed cookie, one hour). While the address is limited, a device with
//   fewer than 3 wrong codes of its own is still checked; the prankster's is not. Devices are free to make, so at most
//   60 per address per hour are let past its limit: a guesser gets at most 180 extra checks an hour there, on top
//   of 10 a minute, and each wrong one still counts towards the global limit. A client that sends no device (a bare
//   script) gets nothing past the address limit.

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

/** The try's result, or the message when it was refused unchecked. */
export type JoinTryOutcome<T> = { result: T } | { refused: string };

function tooManyTries(seconds: number, everywhere = false): string {
  const wait = `Try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`;
  return everywhere ? `Too many tries on this site just now. ${wait}` : `Too many tries. ${wait}`;
}

/** Whether a device may try a code although its address is limited; lets it past (once per device) if it may. */
async function admitDevice(keys: ReturnType<typeof joinKeys>, device: string | null, now: number): Promise<boolean> {
  if (!device) return false;
  if (!(await checkRateLimit({ key: keys.device(device), ...JOIN_DEVICE_LIMIT, now })).allowed) return false;
  const admittedBefore = !(await checkRateLimit({ key: keys.deviceAdmitted(device), limit: 1, windowSeconds: JOIN_DEVICE_LIMIT.windowSeconds, now })).allowed;
  if (admittedBefore) return true;
  if (!(await checkRateLimit({ key: keys.devicesAdmitted, ...JOIN_DEVICE_ADMIT_LIMIT, now })).allowed) return false;
  await Promise.all([
    recordFailure({ key: keys.devicesAdmitted, windowSeconds: JOIN_DEVICE_ADMIT_LIMIT.windowSeconds, now }),
    recordFailure({ key: keys.deviceAdmitted(device), windowSeconds: JOIN_DEVICE_LIMIT.windowSeconds, now }),
  ]);
  return true;
}

/**
 * Runs one class-code or personal-code try under the join limits: refuses it unchecked when the limits say so,
 * otherwise checks it and logs a wrong code under the address, the device and the global key.
 */
export async function guardedJoinTry<T>({ address, deviceCookie, attempt, wasWrongCode, now = Date.now(), scope = 'join' }: JoinTry<T>): Promise<JoinTryOutcome<T>> {
  const keys = joinKeys(address, scope);
  const everywhere = await checkRateLimit({ key: keys.global, ...JOIN_GLOBAL_LIMIT, now });
  if (!everywhere.allowed) return { refused: tooManyTries(everywhere.retryAfterSeconds, true) };

  const device = verifyJoinDevice(deviceCookie, now);
  // The address's slot is taken (counted and logged in one locked step) before the code is checked, so tries sent at
  // the same instant cannot all pass; a right code gives it back.
  const byAddress = await takeSlot({ key: keys.address, ...JOIN_LIMIT, now });
  if (!byAddress.allowed && !(await admitDevice(keys, device, now))) return { refused: tooManyTries(byAddress.retryAfterSeconds) };

  const result = await attempt();
  if (wasWrongCode(result)) {
    await Promise.all([
      byAddress.allowed ? undefined : recordFailure({ key: keys.address, windowSeconds: JOIN_LIMIT.windowSeconds, now }),
      recordFailure({ key: keys.global, windowSeconds: JOIN_GLOBAL_LIMIT.windowSeconds, now }),
      device ? recordFailure({ key: keys.device(device), windowSeconds: JOIN_DEVICE_LIMIT.windowSeconds, now }) : undefined,
    ]);
  } else if (byAddress.allowed) {
    await releaseSlot({ slotId: byAddress.slotId });
  }
  return { result };
}
