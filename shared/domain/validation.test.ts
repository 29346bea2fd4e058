import { describe, expect, it } from 'vitest';
import { EMAIL_RE, isPhone, isWebsite } from './validation';

describe('formats', () => {
  it.each([
    ['name@company.com', true],
    ['zhang.wei@acme-light.com.cn', true],
    ['a@b', false],
    ['a b@c.com', false],
    ['@c.com', false],
  ])('email %s → %s', (s, ok) => expect(EMAIL_RE.test(s)).toBe(ok));

  it.each([
    ['+86 138-1234-5678', true],
    ['(312) 555-0199', true],
    ['0755 8888 1234 ext. 12', true],
    ['021-5555 1234 转 8', true],
    ['12345', false],
    ['call me', false],
    ['1'.repeat(25), false],
  ])('phone %s → %s', (s, ok) => expect(isPhone(s)).toBe(ok));

  it.each([
    ['acme.com', true],
    ['https://www.acme.com/en', true],
    ['http://例子.中国', true],
    ['javascript:alert(1)', false],
    ['ftp://acme.com', false],
    ['localhost', false],
    ['acme', false],
  ])('website %s → %s', (s, ok) => expect(isWebsite(s)).toBe(ok));
});
