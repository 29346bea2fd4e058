import { describe, expect, it } from 'vitest';
import { guessMapping, IMPORT_FIELDS, importFieldGroup, normaliseHeader } from './columnMapping';

describe('guessMapping', () => {
  it('Chinese headers of a typical exhibitor list', () => {
    expect(guessMapping(['公司名称', '联系人', '职务', '手机', '邮箱', '电话', '地址', '展位号', '面积', '展馆', '省份', '城市', '网址', '微信', '备注'])).toEqual([
      'companyName', 'contactName', 'contactTitle', 'contactPhone', 'email', 'phone', 'address', 'standNumber', 'standArea', 'hall', 'region', 'city', 'website', 'contactMessaging', 'notes',
    ]);
  });

  it('English headers, in any case and punctuation', () => {
    expect(guessMapping(['Company Name', 'E-mail', 'Tel.', 'Mobile', 'Contact Person', 'Job Title', 'Booth No.', 'Stand area (m²)', 'Country/Region', 'Web site', 'Price charged', 'List price', 'Status', 'Satisfaction', 'Intent to return'])).toEqual([
      'companyName', 'email', 'phone', 'contactPhone', 'contactName', 'contactTitle', 'standNumber', 'standArea', 'country', 'website', 'priceCharged', 'listPrice', 'status', 'satisfaction', 'intentToReturn',
    ]);
  });

  it('each field once: the better match wins, then the leftmost', () => {
    expect(guessMapping(['Name', 'Company'])).toEqual([null, 'companyName']);
    expect(guessMapping(['Company', 'Company'])).toEqual(['companyName', null]);
    expect(guessMapping(['Name'])).toEqual(['companyName']);
  });

  it('whose email and phone: the header says', () => {
    expect(guessMapping(['联系人邮箱', '联系人电话', '邮箱'])).toEqual(['contactEmail', 'contactPhone', 'email']);
  });

  it('headers with extra words, brackets and full-width forms', () => {
    expect(guessMapping(['公司名称（必填）', '参展公司名称', '＊手机号码', 'Company name (English)'])).toEqual(['companyName', null, 'contactPhone', null]);
  });

  it('unknown and empty headers map to nothing', () => {
    expect(guessMapping(['Foo', null, '', '   ', '123'])).toEqual([null, null, null, null, null]);
  });

  it('every field has a group and is reachable by its own name', () => {
    for (const f of IMPORT_FIELDS) {
      expect(['customer', 'contact', 'participation']).toContain(importFieldGroup(f));
    }
    expect(normaliseHeader(' Stand No. ')).toBe('standno');
  });
});
