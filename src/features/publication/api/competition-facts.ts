import { collection, getDocs, query, where } from 'firebase/firestore/lite';
import type { EntryFacts, IdentityFacts } from '@/domain/publication/exports';
import { db } from '@/lib/firebase/firestore';

export interface Person {
  displayName: string;
  email: string;
}

/** What the page names entries and people with: codes, titles, teams, organizations; organizers' and judges' names. */
export interface CompetitionFacts {
  entries: Map<string, EntryFacts>;
  identities: Map<string, IdentityFacts>;
  people: Map<string, Person>;
}

const str = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * Reads every entry, every entry identity and the organizer and judge
 * members (organizers only, rules). Read in full: the results list every
 * ranked entry, and the downloads name them all.
 */
export async function loadCompetitionFacts(cid: string): Promise<CompetitionFacts> {
  const col = (name: string) => collection(db, 'competitions', cid, name);
  const [entries, identities, members] = await Promise.all([
    getDocs(col('entries')),
    getDocs(col('entryIdentities')),
    getDocs(query(col('members'), where('role', 'in', ['organizer', 'judge']))),
  ]);
  return {
    entries: new Map(
      entries.docs.map((d) => [
        d.id,
        { code: str(d.get('code')), title: str(d.get('title')), trackId: str(d.get('trackId')) },
      ]),
    ),
    identities: new Map(
      identities.docs.map((d) => [
        d.id,
        { teamName: str(d.get('teamName')), organization: str(d.get('organization')) },
      ]),
    ),
    people: new Map(
      members.docs.map((d) => [d.id, { displayName: str(d.get('displayName')), email: str(d.get('email')) }]),
    ),
  };
}
