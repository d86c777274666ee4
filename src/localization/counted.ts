// Counted nouns ("3 packs", "11 computers", "76 days") in the active locale.
// One message per plural category, so that each language can fill in the
// forms it has (Arabic uses all six) while English uses 'one' and 'other';
// and one each for exactly 1 and 2, which a language may write without a
// numeral (Arabic's dual: "حزمتين" is "two packs").
import {msg, str} from '@lit/localize';
import {formatCount} from './formats.js';
import {pluralRules} from '../core/intl-cache.js';
import {activeLocale} from './active-locale.js';

/** The plural category of `count` in the active locale: 'one', 'few', 'other', … */
const pluralCategory = (count: number): Intl.LDMLPluralRule => pluralRules(activeLocale()).select(count);

export function packsText(n: number): string {
  if (n === 1) return msg('1 pack', {id: 'packs.exactly-one'});
  if (n === 2) return msg('2 packs', {id: 'packs.exactly-two'});
  const count = formatCount(n);
  switch (pluralCategory(n)) {
    case 'zero':
      return msg(str`${count} packs`, {id: 'packs.zero'});
    case 'one':
      return msg(str`${count} pack`, {id: 'packs.one'});
    case 'two':
      return msg(str`${count} packs`, {id: 'packs.two'});
    case 'few':
      return msg(str`${count} packs`, {id: 'packs.few'});
    case 'many':
      return msg(str`${count} packs`, {id: 'packs.many'});
    default:
      return msg(str`${count} packs`, {id: 'packs.other'});
  }
}

export function computersText(n: number): string {
  if (n === 1) return msg('1 computer', {id: 'computers.exactly-one'});
  if (n === 2) return msg('2 computers', {id: 'computers.exactly-two'});
  const count = formatCount(n);
  switch (pluralCategory(n)) {
    case 'zero':
      return msg(str`${count} computers`, {id: 'computers.zero'});
    case 'one':
      return msg(str`${count} computer`, {id: 'computers.one'});
    case 'two':
      return msg(str`${count} computers`, {id: 'computers.two'});
    case 'few':
      return msg(str`${count} computers`, {id: 'computers.few'});
    case 'many':
      return msg(str`${count} computers`, {id: 'computers.many'});
    default:
      return msg(str`${count} computers`, {id: 'computers.other'});
  }
}

export function daysText(n: number): string {
  if (n === 1) return msg('1 day', {id: 'days.exactly-one'});
  if (n === 2) return msg('2 days', {id: 'days.exactly-two'});
  const count = formatCount(n);
  switch (pluralCategory(n)) {
    case 'zero':
      return msg(str`${count} days`, {id: 'days.zero'});
    case 'one':
      return msg(str`${count} day`, {id: 'days.one'});
    case 'two':
      return msg(str`${count} days`, {id: 'days.two'});
    case 'few':
      return msg(str`${count} days`, {id: 'days.few'});
    case 'many':
      return msg(str`${count} days`, {id: 'days.many'});
    default:
      return msg(str`${count} days`, {id: 'days.other'});
  }
}
