import { describe, expect, it } from 'vitest';
import { columnLetters } from './columnLetters';

describe('columnLetters', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [51, 'AZ'],
    [52, 'BA'],
    [701, 'ZZ'],
    [702, 'AAA'],
    [16_383, 'XFD'],
  ])('%i → %s', (col, letters) => expect(columnLetters(col)).toBe(letters));
});
