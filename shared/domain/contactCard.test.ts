import { describe, expect, it } from 'vitest';
import { isEmptyCard, parseContactCard, type ContactCard } from './contactCard';

const fields = (text: unknown): ContactCard => {
  const { format: _format, ...card } = parseContactCard(text);
  return card;
};

const empty: ContactCard = { company: '', person: '', title: '', phone: '', email: '' };

describe('vCard', () => {
  it('reads a vCard 3.0 exported by a phone (CRLF, TYPE lists, grouped properties)', () => {
    const text = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'PRODID:-//Apple Inc.//iPhone OS 17.0//EN',
      'N:Schmidt;Anna;Maria;Dr.;',
      'FN:Dr. Anna Schmidt',
      'ORG:Nordlicht Leuchten GmbH;Export',
      'TITLE:Head of Export',
      'item1.EMAIL;type=INTERNET;type=pref:anna.schmidt@nordlicht.example',
      'TEL;type=CELL;type=VOICE;type=pref:+49 171 2345678',
      'TEL;type=WORK;type=VOICE:+49 40 123456',
      'item1.X-ABLabel:_$!<Other>!$_',
      'END:VCARD',
      '',
    ].join('\r\n');
    expect(parseContactCard(text)).toEqual({
      format: 'vcard',
      company: 'Nordlicht Leuchten GmbH',
      person: 'Dr. Anna Schmidt',
      title: 'Head of Export',
      phone: '+49 171 2345678',
      email: 'anna.schmidt@nordlicht.example',
    });
  });

  it('reads a vCard 4.0 with URIs, quoted parameters and PREF', () => {
    const text = `BEGIN:VCARD
VERSION:4.0
FN:Simon Perreault
N:Perreault;Simon;;;ing. jr,M.Sc.
ORG:Viagenie
TITLE:Research Engineer
TEL;VALUE=uri;TYPE="work,voice";PREF=1:tel:+1-418-656-9254;ext=102
TEL;VALUE=uri;TYPE="work,cell,voice,video,text":tel:+1-418-262-6501
EMAIL;TYPE=work:simon.perreault@viagenie.ca
END:VCARD`;
    expect(fields(text)).toEqual({
      company: 'Viagenie',
      person: 'Simon Perreault',
      title: 'Research Engineer',
      phone: '+1-418-656-9254 ext 102',
      email: 'simon.perreault@viagenie.ca',
    });
  });

  it('unfolds long lines (a space or tab starts a continuation)', () => {
    const text = 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Maximilian Alexander\r\n  von Hohenberg\r\nORG:Internationale Fachmesse für Ve\r\n rpackungstechnik AG\r\nEMAIL:max@\r\n\tmesse.example\r\nEND:VCARD';
    expect(fields(text)).toMatchObject({
      person: 'Maximilian Alexander von Hohenberg',
      company: 'Internationale Fachmesse für Verpackungstechnik AG',
      email: 'max@messe.example',
    });
  });

  it('unescapes \\, \\; \\n and \\\\ in text values', () => {
    const text = 'BEGIN:VCARD\nVERSION:3.0\nFN:Lee\\, Jordan\nORG:Smith\\; Sons\\, Ltd.;Sales\nTITLE:Buyer\\nAsia\nEND:VCARD';
    expect(fields(text)).toMatchObject({ person: 'Lee, Jordan', company: 'Smith; Sons, Ltd.', title: 'Buyer Asia' });
  });

  it('reads Chinese names and builds the name from N (family first) when FN is missing', () => {
    const text = 'BEGIN:VCARD\nVERSION:3.0\nN:王;小明;;;\nORG:深圳华光照明有限公司\nTITLE:采购经理\nTEL;TYPE=CELL:138 1234 5678\nEND:VCARD';
    expect(fields(text)).toEqual({
      company: '深圳华光照明有限公司',
      person: '王小明',
      title: '采购经理',
      phone: '138 1234 5678',
      email: '',
    });
  });

  it('builds a Western name from N as "given middle family"', () => {
    expect(fields('BEGIN:VCARD\nVERSION:3.0\nN:Doe;John;Q.;Mr.;\nEND:VCARD').person).toBe('John Q. Doe');
  });

  it('decodes vCard 2.1 QUOTED-PRINTABLE UTF-8 with soft line breaks', () => {
    const text = [
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=BC=A0;=E4=BC=9F;;;',
      'FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=BC=A0=E4=BC=9F',
      'ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=8D=8E=E5=85=89=E7=85=A7=E6=98=8E=',
      '=E6=9C=89=E9=99=90=E5=85=AC=E5=8F=B8',
      'TITLE;CHARSET=UTF-8;QUOTED-PRINTABLE:=E9=94=80=E5=94=AE=E7=BB=8F=E7=90=86',
      'TEL;WORK;VOICE:+86-755-8888-6666',
      'TEL;CELL:13912345678',
      'TEL;FAX:+86-755-8888-6667',
      'EMAIL;PREF;INTERNET:zhang.wei@huaguang.example',
      'END:VCARD',
    ].join('\r\n');
    expect(fields(text)).toEqual({
      company: '华光照明有限公司',
      person: '张伟',
      title: '销售经理',
      phone: '13912345678',
      email: 'zhang.wei@huaguang.example',
    });
  });

  it('decodes QUOTED-PRINTABLE in a legacy Chinese charset (GB2312 from older phones)', () => {
    const text = 'BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=GB2312;ENCODING=QUOTED-PRINTABLE:=CD=F5;=D0=A1=C3=F7\r\nORG;CHARSET=GB2312;ENCODING=QUOTED-PRINTABLE:=C9=EE=DB=DA\r\nEND:VCARD';
    expect(fields(text)).toMatchObject({ person: '王小明', company: '深圳' });
  });

  it('decodes a BASE64 text value and ignores a photo', () => {
    const b64 = btoa(String.fromCharCode(...new TextEncoder().encode('Ĺukasz Nowak')));
    const text = `BEGIN:VCARD\nVERSION:3.0\nPHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQ\n AAAQABAAD\nFN;ENCODING=b;CHARSET=UTF-8:${b64}\nEMAIL:lukasz@firma.example\nEND:VCARD`;
    expect(fields(text)).toMatchObject({ person: 'Ĺukasz Nowak', email: 'lukasz@firma.example' });
  });

  it('takes the first card when several are pasted, and text around it is ignored', () => {
    const text = 'Here is my card:\nBEGIN:VCARD\nVERSION:3.0\nFN:First One\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:Second One\nEND:VCARD\nthanks';
    expect(fields(text).person).toBe('First One');
  });

  it('uses ROLE when there is no TITLE and strips mailto:', () => {
    const text = 'BEGIN:VCARD\nVERSION:4.0\nFN:Kim Lee\nROLE:Purchasing\nEMAIL:mailto:kim@buyer.example\nEND:VCARD';
    expect(fields(text)).toMatchObject({ title: 'Purchasing', email: 'kim@buyer.example' });
  });

  it('prefers a mobile number over a work number and never takes a fax', () => {
    const text = 'BEGIN:VCARD\nVERSION:3.0\nFN:A\nTEL;TYPE=FAX:111111\nTEL;TYPE=WORK:222222\nTEL;TYPE=CELL:333333\nEND:VCARD';
    expect(fields(text).phone).toBe('333333');
    expect(fields('BEGIN:VCARD\nFN:A\nTEL;TYPE=FAX:111111\nEND:VCARD').phone).toBe('');
  });

  it('survives a card cut off in the middle (no END:VCARD)', () => {
    expect(fields('BEGIN:VCARD\nVERSION:3.0\nFN:Cut Off\nORG:Half')).toMatchObject({ person: 'Cut Off', company: 'Half' });
  });

  it('handles broken base64 and unknown charsets without throwing', () => {
    const text = 'BEGIN:VCARD\nFN;ENCODING=b:!!!notbase64\nORG;CHARSET=X-KLINGON;ENCODING=QUOTED-PRINTABLE:Acme=20AG\nEND:VCARD';
    expect(fields(text)).toMatchObject({ person: '', company: 'Acme AG' });
  });
});

describe('MECARD and BIZCARD', () => {
  it('reads a MECARD from a badge QR code', () => {
    expect(parseContactCard('MECARD:N:Doe,John;ORG:Acme Trading;TEL:+1 555 0100;EMAIL:john@acme.example;NOTE:Booth 5;;')).toEqual({
      format: 'mecard',
      company: 'Acme Trading',
      person: 'John Doe',
      title: '',
      phone: '+1 555 0100',
      email: 'john@acme.example',
    });
  });

  it('keeps escaped ; : , and \\ inside MECARD values', () => {
    const text = 'MECARD:N:O\\,Brien,Pat;ORG:Smith\\; Sons\\: Lighting;TITLE:Buyer\\\\Import;EMAIL:pat@smith.example;;';
    expect(fields(text)).toMatchObject({
      person: 'Pat O,Brien',
      company: 'Smith; Sons: Lighting',
      title: 'Buyer\\Import',
      email: 'pat@smith.example',
    });
  });

  it('writes a Chinese MECARD name family first without a space', () => {
    expect(fields('MECARD:N:李,娜;SOUND:li,na;TEL:13800138000;;').person).toBe('李娜');
    expect(fields('MECARD:N:陈静;ORG:宁波进出口公司;;')).toMatchObject({ person: '陈静', company: '宁波进出口公司' });
  });

  it('takes the first TEL of several and ignores what follows ";;"', () => {
    expect(fields('MECARD:TEL:111111;TEL:222222;;EMAIL:late@x.example').phone).toBe('111111');
    expect(fields('MECARD:TEL:111111;TEL:222222;;EMAIL:late@x.example').email).toBe('');
  });

  it('reads a BIZCARD', () => {
    expect(fields('BIZCARD:N:Sean;X:Owen;T:Software Engineer;C:Google;A:76 9th Avenue, New York;B:+12125551212;E:sean@google.example;;')).toEqual({
      company: 'Google',
      person: 'Sean Owen',
      title: 'Software Engineer',
      phone: '+12125551212',
      email: 'sean@google.example',
    });
  });
});

describe('key: value lines', () => {
  it('reads English keys in any case and order', () => {
    const text = 'Name: Maria Rossi\nCompany: Luce Italia S.r.l.\nJob Title: Sales Director\nMobile: +39 333 1234567\nE-mail: maria@luce.example\nWebsite: luce.example';
    expect(parseContactCard(text)).toEqual({
      format: 'lines',
      company: 'Luce Italia S.r.l.',
      person: 'Maria Rossi',
      title: 'Sales Director',
      phone: '+39 333 1234567',
      email: 'maria@luce.example',
    });
  });

  it('reads Chinese keys with full-width colons', () => {
    const text = '姓名：刘洋\n单位：杭州东方贸易有限公司\n职务：总经理\n手机：186 0571 8888\n邮箱：liuyang@dongfang.example';
    expect(fields(text)).toEqual({
      company: '杭州东方贸易有限公司',
      person: '刘洋',
      title: '总经理',
      phone: '186 0571 8888',
      email: 'liuyang@dongfang.example',
    });
  });

  it('accepts other spellings: 公司 / 职位 / 电话 / Tel. / Email with extra spaces', () => {
    expect(fields('公司: 广州明亮灯具厂\n职位: 经理\n电话: 020-8765 4321')).toMatchObject({
      company: '广州明亮灯具厂',
      title: '经理',
      phone: '020-8765 4321',
    });
    expect(fields('  Tel. :  0044 20 7946 0000 \r\n EMAIL :a@b.example')).toMatchObject({ phone: '0044 20 7946 0000', email: 'a@b.example' });
  });

  it('keeps the first value of a repeated key and colons inside values', () => {
    expect(fields('Phone: 111111\nTel: 222222\nCompany: Time: Clocks Ltd')).toMatchObject({ phone: '111111', company: 'Time: Clocks Ltd' });
  });

  it('reads tab-separated pairs from a spreadsheet row', () => {
    expect(fields('Name: Ana Silva\tCompany: Sol Lda\tEmail: ana@sol.example')).toMatchObject({
      person: 'Ana Silva',
      company: 'Sol Lda',
      email: 'ana@sol.example',
    });
  });
});

describe('junk in, empty out — never throws', () => {
  it.each([
    ['empty string', ''],
    ['spaces', '   \n\t  '],
    ['a plain company name', 'Acme Trading'],
    ['prose', 'Met him at the coffee bar, he liked our hall 3 plan.'],
    ['unknown keys', 'Foo: bar\nBaz: qux'],
    ['a URL', 'https://example.com/a:b'],
    ['binary garbage', '\u0000\u0001\u0002\uFFFD\uD800'],
    ['an empty vCard', 'BEGIN:VCARD\nVERSION:3.0\nEND:VCARD'],
    ['MECARD with nothing', 'MECARD:;;'],
    ['vCard without colons', 'BEGIN:VCARD\nFN\nORG\nEND:VCARD'],
  ])('%s', (_label, text) => {
    const r = parseContactCard(text);
    expect(r.format).toBeNull();
    expect(isEmptyCard(r)).toBe(true);
  });

  it.each([null, undefined, 42, {}, ['BEGIN:VCARD']])('non-text input %j', (v) => {
    expect(parseContactCard(v)).toEqual({ ...empty, format: null });
  });

  it('strips control characters and cuts values to the lengths the API accepts', () => {
    const long = 'x'.repeat(500);
    const r = fields(`Company: ${long}\nName: A\u0007B\nEmail: a@b.example`);
    expect(r.company).toHaveLength(200);
    expect(r.person).toBe('A B');
  });

  it('stays fast and safe on a huge paste', () => {
    const huge = 'BEGIN:VCARD\n' + 'PHOTO;ENCODING=b:' + 'A'.repeat(2_000_000) + '\nFN:Late\nEND:VCARD';
    const t = Date.now();
    const r = parseContactCard(huge);
    expect(Date.now() - t).toBeLessThan(1000);
    expect(r.person).toBe('');
  });
});
