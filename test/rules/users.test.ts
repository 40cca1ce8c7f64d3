import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import { Timestamp, deleteDoc, doc, getDoc, serverTimestamp, setDoc, updateDoc } from 'firebase/firestore';
import { describe, it } from 'vitest';
import { useRulesEnv } from './setup';

const t = useRulesEnv();

const profile = (uid: string, overrides: Record<string, unknown> = {}) => ({
  displayName: '李雷',
  email: `${uid}@example.com`,
  locale: 'zh-CN',
  createdAt: serverTimestamp(),
  ...overrides,
});

describe('users/{uid}: read', () => {
  it('lets a user read their own profile', async () => {
    await assertSucceeds(getDoc(doc(t.as('j1'), 'users/j1')));
  });

  it("denies reading someone else's profile", async () => {
    await assertFails(getDoc(doc(t.as('j2'), 'users/j1')));
    await assertFails(getDoc(doc(t.as('o1'), 'users/j1')));
  });

  it('denies signed-out reads', async () => {
    await assertFails(getDoc(doc(t.anon(), 'users/j1')));
  });
});

describe('users/{uid}: create', () => {
  it('lets a user create their own profile with their sign-in email', async () => {
    await assertSucceeds(setDoc(doc(t.as('u9'), 'users/u9'), profile('u9')));
    await assertSucceeds(setDoc(doc(t.as('u8'), 'users/u8'), profile('u8', { locale: 'en' })));
  });

  it("denies creating someone else's profile", async () => {
    await assertFails(setDoc(doc(t.as('u9'), 'users/u8'), profile('u8')));
    await assertFails(setDoc(doc(t.anon(), 'users/u9'), profile('u9')));
  });

  it('denies an email other than the token email', async () => {
    await assertFails(setDoc(doc(t.as('u9'), 'users/u9'), profile('u9', { email: 'boss@example.com' })));
  });

  it('denies a user without an email claim', async () => {
    await assertFails(setDoc(doc(t.as('u9', { email: undefined }), 'users/u9'), profile('u9')));
  });

  it('denies extra fields, missing fields and wrong types', async () => {
    const db = t.as('u9');
    await assertFails(setDoc(doc(db, 'users/u9'), profile('u9', { role: 'organizer' })));
    await assertFails(setDoc(doc(db, 'users/u9'), { displayName: 'x', email: 'u9@example.com', locale: 'en' }));
    await assertFails(setDoc(doc(db, 'users/u9'), profile('u9', { displayName: 42 })));
    await assertFails(setDoc(doc(db, 'users/u9'), profile('u9', { displayName: '' })));
    await assertFails(setDoc(doc(db, 'users/u9'), profile('u9', { displayName: 'x'.repeat(101) })));
    await assertFails(setDoc(doc(db, 'users/u9'), profile('u9', { locale: 'fr' })));
  });

  it('denies a client-chosen createdAt', async () => {
    await assertFails(setDoc(doc(t.as('u9'), 'users/u9'), profile('u9', { createdAt: Timestamp.now() })));
  });
});

describe('users/{uid}: update and delete', () => {
  it('lets a user update their name and locale', async () => {
    await assertSucceeds(updateDoc(doc(t.as('j1'), 'users/j1'), { displayName: '韩梅梅', locale: 'en' }));
  });

  it('denies changing createdAt or adding fields', async () => {
    const db = t.as('j1');
    await assertFails(updateDoc(doc(db, 'users/j1'), { createdAt: serverTimestamp() }));
    await assertFails(updateDoc(doc(db, 'users/j1'), { admin: true }));
  });

  it("denies updating someone else's profile", async () => {
    await assertFails(updateDoc(doc(t.as('j2'), 'users/j1'), { displayName: 'hacked' }));
  });

  it('denies deletes, even of your own profile', async () => {
    await assertFails(deleteDoc(doc(t.as('j1'), 'users/j1')));
  });
});
