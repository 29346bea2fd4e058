import { describe, expect, it } from 'vitest';
import { editionLabel } from './exhibition';

describe('an edition named beside its exhibition', () => {
  it('says the exhibition unless the edition\'s name already does', () => {
    expect(editionLabel('2026', 'Asia Lighting Expo')).toBe('Asia Lighting Expo · 2026');
    expect(editionLabel('第15届', '深圳国际电子展')).toBe('深圳国际电子展 · 第15届');
    expect(editionLabel('Asia Lighting Expo 2026', 'Asia Lighting Expo')).toBe('Asia Lighting Expo 2026');
    expect(editionLabel('2026', null)).toBe('2026');
  });
});
