// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Invitation } from '../model/invitation';
import { acceptanceOutcome, acceptanceRefusal } from './acceptance';
import { eligibilityChange } from './eligibility';
import { planInvitations } from './invitation-plan';
import { createInvitationsSchema } from './invitation-request';
import { removalRefusal } from './member-removal';

const NOW = Date.UTC(2027, 0, 10);
const DAY = 24 * 60 * 60 * 1000;

const invitation = (over: Partial<Invitation> = {}): Invitation => ({
  token: 't1',
  competitionId: 'c1',
  competitionTitle: '大赛',
  competitionTitleEn: 'Contest',
  role: 'judge',
  name: '李四',
  email: 'li@example.com',
  status: 'pending',
  createdAt: NOW - DAY,
  createdBy: 'owner',
  expiresAt: NOW + DAY,
  acceptedAt: null,
  acceptedBy: null,
  revokedAt: null,
  ...over,
});
const li = { uid: 'u-li', email: 'Li@Example.com ' };

describe('createInvitationsSchema', () => {
  const problems = (data: unknown) => {
    const parsed = createInvitationsSchema.safeParse(data);
    return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('trims, lower-cases emails, allows a blank name and defaults the expiry', () => {
    const parsed = createInvitationsSchema.parse({
      role: 'judge',
      people: [{ name: ' 李四 ', email: ' Li@Example.COM' }, { email: 'wang@example.com' }],
    });
    expect(parsed).toEqual({
      role: 'judge',
      people: [
        { name: '李四', email: 'li@example.com' },
        { name: '', email: 'wang@example.com' },
      ],
      expiresInDays: 14,
    });
  });

  it('names the field of each bad person with a validation key', () => {
    expect(
      problems({
        role: 'judge',
        people: [
          { name: 'a', email: 'ok@example.com' },
          { name: 'b', email: 'nope' },
          { name: 'x\ny', email: '' },
        ],
      }),
    ).toEqual([
      'people.1.email: validation.emailInvalid',
      'people.2.name: validation.noLineBreaks',
      'people.2.email: validation.required',
    ]);
  });

  it('refuses an unknown role, no people, too many people and an expiry out of 1..90', () => {
    const person = { name: 'a', email: 'a@example.com' };
    expect(problems({ role: 'team', people: [person] })).toEqual(['role: validation.invalid']);
    expect(problems({ role: 'judge', people: [] })).toEqual(['people: validation.required']);
    expect(problems({ role: 'judge', people: Array(301).fill(person) })).toEqual(['people: validation.tooMany']);
    for (const days of [0, 91, 1.5, '14'])
      expect(problems({ role: 'judge', people: [person], expiresInDays: days })).toEqual([
        'expiresInDays: validation.countInvalid',
      ]);
    expect(problems({ role: 'judge', people: 'a@example.com' })).toEqual(['people: validation.invalid']);
  });
});

describe('planInvitations', () => {
  it('skips repeats, members and live invitations, comparing emails without case', () => {
    const plan = planInvitations(
      [
        { name: 'a', email: 'a@example.com' },
        { name: 'A again', email: 'A@example.com' },
        { name: 'm', email: 'm@example.com' },
        { name: 'p', email: 'p@example.com' },
        { name: 'n', email: 'n@example.com' },
      ],
      { memberEmails: ['M@example.com'], pendingEmails: ['p@example.com'] },
    );
    expect(plan.invite.map((p) => p.name)).toEqual(['a', 'n']);
    expect(plan.skipped).toEqual([
      { email: 'a@example.com', reason: 'duplicate' },
      { email: 'm@example.com', reason: 'already-member' },
      { email: 'p@example.com', reason: 'pending-invitation' },
    ]);
  });
});

describe('acceptanceOutcome', () => {
  it('accepts the invited email, case aside, and creates the membership', () => {
    expect(acceptanceOutcome(invitation(), li, NOW, null)).toEqual({ ok: true, accept: true, createMember: true });
    expect(acceptanceRefusal(invitation(), li, NOW, null)).toBeNull();
  });

  it('marks accepted without a new membership when the caller already has that role', () => {
    expect(acceptanceOutcome(invitation(), li, NOW, { role: 'judge' })).toEqual({
      ok: true,
      accept: true,
      createMember: false,
    });
  });

  it('answers again, writing nothing, to the account that accepted it', () => {
    const accepted = invitation({ status: 'accepted', acceptedBy: 'u-li', acceptedAt: NOW });
    // Even after the expiry, and with the membership in place.
    expect(acceptanceOutcome(accepted, li, NOW + 30 * DAY, { role: 'judge' })).toEqual({
      ok: true,
      accept: false,
      createMember: false,
    });
  });

  it('refuses with a reason', () => {
    expect(acceptanceRefusal(invitation({ status: 'revoked', revokedAt: NOW }), li, NOW, null)).toEqual({
      reason: 'revoked',
    });
    expect(acceptanceRefusal(invitation(), li, NOW + DAY, null)).toEqual({ reason: 'expired' });
    expect(acceptanceRefusal(invitation({ status: 'accepted', acceptedBy: 'other' }), li, NOW, null)).toEqual({
      reason: 'used',
    });
    expect(acceptanceRefusal(invitation(), { uid: 'u-li', email: 'wang@example.com' }, NOW, null)).toEqual({
      reason: 'wrong-email',
      email: 'li@example.com',
    });
    expect(acceptanceRefusal(invitation(), { uid: 'u-li', email: null }, NOW, null)).toEqual({
      reason: 'wrong-email',
      email: 'li@example.com',
    });
    expect(acceptanceRefusal(invitation(), li, NOW, { role: 'team' })).toEqual({
      reason: 'already-member',
      role: 'team',
    });
    expect(acceptanceRefusal(invitation({ role: 'organizer' }), li, NOW, { role: 'judge' })).toEqual({
      reason: 'already-member',
      role: 'judge',
    });
  });
});

describe('removalRefusal', () => {
  const ctx = { callerUid: 'owner', ownerUid: 'owner', organizerCount: 2 };
  it('lets organizers remove judges and the owner remove other organizers', () => {
    expect(removalRefusal({ uid: 'j', role: 'judge' }, { ...ctx, callerUid: 'o2' })).toBeNull();
    expect(removalRefusal({ uid: 'o2', role: 'organizer' }, ctx)).toBeNull();
  });
  it('refuses the owner, teams, organizers removed by a non-owner and the last organizer', () => {
    expect(removalRefusal({ uid: 'owner', role: 'organizer' }, ctx)).toEqual({ reason: 'owner' });
    expect(removalRefusal({ uid: 't', role: 'team' }, ctx)).toEqual({ reason: 'team' });
    expect(removalRefusal({ uid: 'o3', role: 'organizer' }, { ...ctx, callerUid: 'o2' })).toEqual({
      reason: 'owner-only',
    });
    // A competition without an owner (written before owners existed) keeps its last organizer.
    expect(
      removalRefusal({ uid: 'o2', role: 'organizer' }, { callerUid: '', ownerUid: '', organizerCount: 1 }),
    ).toEqual({ reason: 'last-organizer' });
  });
});

describe('eligibilityChange', () => {
  const submitted = { status: 'submitted' as const, submittedAt: NOW };
  it('disqualifies a submitted or draft entry and reinstates it where it was', () => {
    expect(eligibilityChange(submitted, 'disqualify')).toEqual({ ok: true, changed: true, to: 'disqualified' });
    expect(eligibilityChange({ status: 'draft', submittedAt: null }, 'disqualify')).toMatchObject({ changed: true });
    expect(eligibilityChange({ status: 'disqualified', submittedAt: NOW }, 'reinstate')).toEqual({
      ok: true,
      changed: true,
      to: 'submitted',
    });
    expect(eligibilityChange({ status: 'disqualified', submittedAt: null }, 'reinstate')).toMatchObject({
      to: 'draft',
    });
  });
  it('changes nothing the second time and refuses a withdrawn entry', () => {
    expect(eligibilityChange({ status: 'disqualified', submittedAt: NOW }, 'disqualify')).toEqual({
      ok: true,
      changed: false,
      to: 'disqualified',
    });
    expect(eligibilityChange(submitted, 'reinstate')).toEqual({ ok: true, changed: false, to: 'submitted' });
    expect(eligibilityChange({ status: 'withdrawn', submittedAt: null }, 'disqualify')).toEqual({
      ok: false,
      reason: 'entry-status',
      status: 'withdrawn',
    });
  });
});
