import { describe, expect, it } from 'vitest';
import { rejectedPath } from './rejectedPath';

describe('rejectedPath', () => {
  it('proposes a file next to the imported one', () => {
    expect(rejectedPath('/home/me/参展商.xlsx', 'rejected')).toBe('/home/me/参展商-rejected.xlsx');
    expect(rejectedPath('C:\\Users\\me\\list.csv', '未导入')).toBe('C:\\Users\\me\\list-未导入.xlsx');
    expect(rejectedPath('/tmp/noext', 'rejected')).toBe('/tmp/noext-rejected.xlsx');
  });
});
