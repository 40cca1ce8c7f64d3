import { paths } from '@/lib/paths';

/** The full address of an invitation, as it is copied or put in a QR code. */
export const inviteLink = (cid: string, token: string, origin = window.location.origin): string =>
  `${origin}${paths.invitation(cid, token)}`;
