/**
 * The engine's own Date, even where the page replaced the global one with a
 * subclass before this module ran (`window.Date = class extends Date {}`):
 * the first constructor up the chain whose prototype has the Date methods.
 */
function intrinsicDate(): DateConstructor {
  let candidate: DateConstructor = Date;
  while (!Object.hasOwn(candidate.prototype, 'getUTCFullYear')) {
    const parent = Object.getPrototypeOf(candidate) as DateConstructor | null;
    if (typeof parent !== 'function') return Date;
    candidate = parent;
  }
  return candidate;
}

const IntrinsicDate = intrinsicDate();

/**
 * A Date whose local-time methods are its UTC ones, so that date-fns, which
 * counts in local time, counts calendar dates the same in every time zone
 * (no daylight saving, no day skipped as Samoa skipped 30 December 2011).
 * @date-fns/utc's UTCDateMini does the same, but copies the methods of the
 * global Date's prototype as it loads: a page's subclass of Date has none.
 */
export class UtcDate extends IntrinsicDate {
  /** A date at `time`, milliseconds since the epoch. */
  constructor(time: number) {
    super(time);
  }

  override getTimezoneOffset(): number {
    return 0;
  }

  // date-fns makes the dates it returns with this, keeping them UtcDates.
  [Symbol.for('constructDateFrom')](value: Date | number | string): UtcDate {
    return new UtcDate(+new IntrinsicDate(value));
  }
}

const LOCAL = /^(get|set)(?!UTC)/;
for (const name of Object.getOwnPropertyNames(IntrinsicDate.prototype)) {
  const utc = LOCAL.test(name) ? (IntrinsicDate.prototype as unknown as Record<string, unknown>)[name.replace(LOCAL, '$1UTC')] : undefined;
  if (typeof utc === 'function') Object.defineProperty(UtcDate.prototype, name, {value: utc, writable: true, configurable: true});
}
