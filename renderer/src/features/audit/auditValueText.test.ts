import { describe, expect, it } from 'vitest';
import { auditValueText, type ValueFormat } from './auditValueText';

const en: ValueFormat = { lang: 'en', dateTime: (iso) => `<${iso.slice(0, 10)}>` };
const zh: ValueFormat = { lang: 'zh', dateTime: (iso) => `〈${iso.slice(0, 10)}〉` };

describe('auditValueText', () => {
  it('shows a deleted participation with its role and status labels, the stand as it is', () => {
    expect(auditValueText('participation', 'record', 'exhibitor · enquiry · A12', zh)).toBe('参展商 · 询价 · A12');
    expect(auditValueText('participation', 'record', 'trade_buyer · no_show · A12', en)).toBe('Trade buyer · No-show · A12');
    // No stand number: just the two labels.
    expect(auditValueText('participation', 'record', 'partner · paid', zh)).toBe('合作伙伴 / 赞助商 / 媒体 · 已付款');
  });

  it('shows a deleted interaction with its type label and date; the summary stays whole', () => {
    expect(auditValueText('interaction', 'record', 'complaint · 2026-03-01T09:30:00.000Z · Stand too small · again', zh)).toBe(
      '投诉 · 〈2026-03-01〉 · Stand too small · again',
    );
  });

  it('labels enum fields in the language shown, kinds as a list', () => {
    expect(auditValueText('participation', 'status', 'contracted', zh)).toBe('已签约');
    expect(auditValueText('participation', 'role', 'general_visitor', en)).toBe('General visitor');
    expect(auditValueText('interaction', 'direction', 'inbound', zh)).toBe('客户来访 / 来电');
    expect(auditValueText('relationship', 'stage', 'weakening', zh)).toBe('弱化');
    expect(auditValueText('customer', 'screeningStatus', 'verified', en)).toBe('Verified');
    expect(auditValueText('customer', 'kinds', 'exhibitor, partner', zh)).toBe('参展商、合作伙伴');
    expect(auditValueText('customer', 'kinds', 'exhibitor, partner', en)).toBe('Exhibitor, Partner');
  });

  it('leaves free text, unknown codes and settings alone; dates as dates; empty is null', () => {
    expect(auditValueText('customer', 'city', 'Ningbo', zh)).toBe('Ningbo');
    expect(auditValueText('participation', 'status', 'someday', zh)).toBe('someday');
    expect(auditValueText('settings', 'currency', 'CNY', zh)).toBe('CNY');
    expect(auditValueText('customer', 'deletedAt', '2026-11-20T10:00:00.000Z', en)).toBe('<2026-11-20>');
    expect(auditValueText('participation', 'listPrice', 4200, en)).toBe('4200');
    expect(auditValueText('customer', 'notes', '', en)).toBeNull();
    expect(auditValueText('customer', 'notes', null, en)).toBeNull();
  });
});
