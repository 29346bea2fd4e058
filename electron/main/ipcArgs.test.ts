import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPlausiblePath, parseCallArgs, sanitizeFileName } from './ipcArgs';

describe('parseCallArgs', () => {
  it('accepts a method name, any input and a known language', () => {
    expect(parseCallArgs(['customers.list', { page: 1 }, 'zh'])).toEqual({ method: 'customers.list', input: { page: 1 }, lang: 'zh' });
    expect(parseCallArgs(['app.info', undefined, 'en'])).toEqual({ method: 'app.info', input: undefined, lang: 'en' });
  });

  it.each([
    ['too few arguments', ['app.info', {}]],
    ['too many arguments', ['app.info', {}, 'en', 'x']],
    ['a method that is not a string', [42, {}, 'en']],
    ['a method without a domain', ['info', {}, 'en']],
    ['a method with odd characters', ['app.info;rm', {}, 'en']],
    ['a prototype key', ['__proto__.x', {}, 'en']],
    ['an unknown language', ['app.info', {}, 'fr']],
    ['a language that is not a string', ['app.info', {}, null]],
    ['a very long method', [`a.${'b'.repeat(200)}`, {}, 'en']],
  ])('refuses %s', (_name, args) => {
    expect(parseCallArgs(args)).toBeNull();
  });
});

describe('isPlausiblePath', () => {
  it('wants an absolute path without NUL', () => {
    expect(isPlausiblePath(path.resolve('/tmp/x.sqlite'), path.isAbsolute)).toBe(true);
    expect(isPlausiblePath('relative/x.sqlite', path.isAbsolute)).toBe(false);
    expect(isPlausiblePath('/tmp/x\0y', path.isAbsolute)).toBe(false);
    expect(isPlausiblePath('', path.isAbsolute)).toBe(false);
    expect(isPlausiblePath(7, path.isAbsolute)).toBe(false);
    expect(isPlausiblePath(`/${'a'.repeat(5000)}`, path.isAbsolute)).toBe(false);
  });
});

describe('sanitizeFileName', () => {
  it('keeps a plain name and strips path parts', () => {
    expect(sanitizeFileName('Trade Fair 2026', 'W')).toBe('Trade Fair 2026');
    expect(sanitizeFileName('../../etc/passwd', 'W')).toBe('etc passwd');
    expect(sanitizeFileName('C:\\Windows\\x', 'W')).toBe('C Windows x');
    expect(sanitizeFileName('广交会 2026', 'W')).toBe('广交会 2026');
  });

  it('falls back for empty or non-string names', () => {
    expect(sanitizeFileName('', 'W')).toBe('W');
    expect(sanitizeFileName('...', 'W')).toBe('W');
    expect(sanitizeFileName(undefined, 'W')).toBe('W');
  });
});
