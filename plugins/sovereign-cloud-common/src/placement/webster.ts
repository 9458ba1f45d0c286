import { compareNames } from './compareNames';

/**
 * Webster / Sainte-Laguë apportionment as Karmada's `AllocateWebsterSeats`,
 * with its tie-breakers. Priorities are float divisions compared with `===`,
 * exactly as the Go code does, so ties fall where Karmada's fall.
 */

/** @public */
export type WebsterParty = { name: string; votes: number; seats: number };

/** true when `a` gets the next seat before `b` on equal priority. @public */
export type WebsterTieBreaker = (a: WebsterParty, b: WebsterParty) => boolean;

/** FNV-1a 32-bit over UTF-8, as Go's `hash/fnv`. */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** Karmada `tieBreakerByUID`: fewer seats first, then name asc (even hash or empty uid) or desc. */
export function tieBreakerByUid(uid: string | undefined): WebsterTieBreaker {
  const descending = !!uid && (fnv1a32(uid) & 1) === 1;
  return (a, b) => {
    if (a.seats !== b.seats) return a.seats < b.seats;
    return descending ? a.name > b.name : a.name < b.name;
  };
}

const defaultTieBreaker: WebsterTieBreaker = (a, b) =>
  a.seats !== b.seats ? a.seats < b.seats : a.name < b.name;

function comesFirst(
  a: WebsterParty,
  b: WebsterParty,
  tie: WebsterTieBreaker,
): boolean {
  const pa = a.votes / (2 * a.seats + 1);
  const pb = b.votes / (2 * b.seats + 1);
  if (pa !== pb) return pa > pb;
  return tie(a, b);
}

/**
 * Gives `newSeats` seats one at a time; returns every party sorted by name,
 * or null when there are no parties.
 */
export function allocateWebsterSeats(
  newSeats: number,
  votes: Readonly<Record<string, number>>,
  initialSeats: Readonly<Record<string, number>> | null = null,
  tie: WebsterTieBreaker = defaultTieBreaker,
): WebsterParty[] | null {
  const parties = new Map<string, WebsterParty>();
  for (const [name, seats] of Object.entries(initialSeats ?? {})) {
    parties.set(name, { name, votes: 0, seats });
  }
  for (const [name, v] of Object.entries(votes)) {
    const party = parties.get(name);
    if (party) party.votes = v;
    else parties.set(name, { name, votes: v, seats: 0 });
  }
  if (parties.size === 0) return null;
  const list = [...parties.values()];
  for (let left = newSeats; left > 0; left--) {
    let best = list[0];
    for (let i = 1; i < list.length; i++) {
      if (comesFirst(list[i], best, tie)) best = list[i];
    }
    best.seats++;
  }
  return list.sort((a, b) => compareNames(a.name, b.name));
}

/**
 * Karmada's `Dispenser.AllocateByWeight`: the initial assignment is returned
 * unchanged when there is nothing to give or no weight; otherwise Webster with
 * the UID tie-breaker.
 */
export function dispenseByWeight(
  newSeats: number,
  votes: Readonly<Record<string, number>>,
  initialSeats: Readonly<Record<string, number>> | null,
  uid: string | undefined,
): Record<string, number> {
  const initial = initialSeats ?? {};
  const totalVotes = Object.values(votes).reduce((s, v) => s + v, 0);
  if ((newSeats === 0 && Object.keys(initial).length > 0) || totalVotes === 0) {
    return { ...initial };
  }
  const parties = allocateWebsterSeats(
    newSeats,
    votes,
    initial,
    tieBreakerByUid(uid),
  );
  return Object.fromEntries((parties ?? []).map(p => [p.name, p.seats]));
}
