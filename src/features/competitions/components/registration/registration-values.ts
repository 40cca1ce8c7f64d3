import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import type { Resolver } from 'react-hook-form';
import type { Track } from '@/domain/model';
import { teamRegistrationSchema, type TeamRegistration } from '@/domain/registration';

/** What the registration form holds: every field a string, as typed. */
export interface RegistrationValues {
  trackId: string;
  teamName: string;
  companyName: string;
  creditCode: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  members: { name: string; role: string }[];
}

export const blankMember = (): RegistrationValues['members'][number] => ({ name: '', role: '' });

export function initialValues(tracks: readonly Track[], email: string): RegistrationValues {
  return {
    // One track: nothing to choose.
    trackId: tracks.length === 1 ? tracks[0]!.id : '',
    teamName: '',
    companyName: '',
    creditCode: '',
    contactName: '',
    contactPhone: '',
    contactEmail: email,
    members: [blankMember()],
  };
}

/** Whether the chosen track asks for the company name and credit code. */
export const needsCompany = (tracks: readonly Track[], trackId: string): boolean =>
  tracks.some((t) => t.id === trackId && t.requiresCompany);

/**
 * The same schema the registerTeam function parses. The company fields stay
 * in the form while another track is chosen (switching back finds them
 * again), but are validated and sent as '' then, as the schema requires.
 */
export function useRegistrationResolver(
  tracks: readonly Track[],
): Resolver<RegistrationValues, unknown, TeamRegistration> {
  return useMemo(() => {
    // RegistrationValues is the schema's input with every field present; the
    // resolver's options type is too strict to see it.
    const resolve = zodResolver(teamRegistrationSchema(tracks)) as unknown as Resolver<
      RegistrationValues,
      unknown,
      TeamRegistration
    >;
    return (values, context, options) =>
      resolve(
        needsCompany(tracks, values.trackId) ? values : { ...values, companyName: '', creditCode: '' },
        context,
        options,
      );
  }, [tracks]);
}
