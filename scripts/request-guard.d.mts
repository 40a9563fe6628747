/** True when the path of `url` holds a percent escape that does not decode. */
export function hasBrokenEscape(url: string | undefined): boolean;
export const NOT_FOUND_PATH: string;
