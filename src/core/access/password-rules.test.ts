import { describe, expect, it } from 'vitest';
import { MIN_PASSWORD_LENGTH, normalizeEmail, passwordProblem } from './password-rules';

describe('password rules', () => {
  it('accepts a long passphrase', () => {
    expect(passwordProblem('correct horse battery staple', 'a@example.kz')).toBeNull();
  });

  it(`refuses fewer than ${MIN_PASSWORD_LENGTH} characters, counting letters rather than bytes`, () => {
    expect(passwordProblem('short-pass1', 'a@example.kz')).toMatch(/at least 12/);
    expect(passwordProblem('жоспаржоспар', 'a@example.kz')).toBeNull();
  });

  it('refuses the e-mail address and its local part, whatever the case', () => {
    expect(passwordProblem('Aigerim.Nur@Example.kz', 'aigerim.nur@example.kz')).toMatch(/e-mail/);
    expect(passwordProblem('AIGERIM.NURLANOVNA', 'aigerim.nurlanovna@example.kz')).toMatch(/e-mail/);
  });

  it('refuses a run of one or two characters', () => {
    expect(passwordProblem('aaaaaaaaaaaaaaaa', 'a@example.kz')).toMatch(/repeat/);
    expect(passwordProblem('abababababababab', 'a@example.kz')).toMatch(/repeat/);
  });

  it('refuses absurdly long input', () => {
    expect(passwordProblem('x1y2'.repeat(100), 'a@example.kz')).toMatch(/at most/);
  });

  it('normalises e-mail addresses', () => {
    expect(normalizeEmail('  Someone@Example.KZ ')).toBe('someone@example.kz');
  });
});
