// People's names and titles for demo contacts. Chinese names are surname + one or two
// given-name characters; two-character names (张伟, 王芳) matter because search must find
// them through the 2-character fragment index.

/** [surname, pinyin, weight] — the commonest surnames, weighted roughly by frequency. */
export const CN_SURNAMES: readonly (readonly [string, string, number])[] = [
  ['王', 'wang', 10], ['李', 'li', 10], ['张', 'zhang', 9], ['刘', 'liu', 8], ['陈', 'chen', 7], ['杨', 'yang', 5],
  ['黄', 'huang', 4], ['赵', 'zhao', 4], ['吴', 'wu', 3], ['周', 'zhou', 3], ['徐', 'xu', 3], ['孙', 'sun', 2],
  ['马', 'ma', 2], ['朱', 'zhu', 2], ['胡', 'hu', 2], ['郭', 'guo', 2], ['何', 'he', 2], ['林', 'lin', 2],
  ['罗', 'luo', 1], ['郑', 'zheng', 1], ['梁', 'liang', 1], ['谢', 'xie', 1], ['宋', 'song', 1], ['唐', 'tang', 1],
  ['许', 'xu', 1], ['韩', 'han', 1], ['冯', 'feng', 1], ['邓', 'deng', 1], ['曹', 'cao', 1], ['彭', 'peng', 1],
  ['曾', 'zeng', 1], ['肖', 'xiao', 1], ['田', 'tian', 1], ['董', 'dong', 1], ['潘', 'pan', 1], ['蒋', 'jiang', 1],
  ['蔡', 'cai', 1], ['叶', 'ye', 1], ['欧阳', 'ouyang', 1], ['司马', 'sima', 1],
];

/** Given-name characters with pinyin. */
export const CN_GIVEN: readonly (readonly [string, string])[] = [
  ['伟', 'wei'], ['芳', 'fang'], ['娜', 'na'], ['敏', 'min'], ['静', 'jing'], ['丽', 'li'], ['强', 'qiang'], ['磊', 'lei'],
  ['军', 'jun'], ['洋', 'yang'], ['勇', 'yong'], ['艳', 'yan'], ['杰', 'jie'], ['娟', 'juan'], ['涛', 'tao'], ['明', 'ming'],
  ['超', 'chao'], ['霞', 'xia'], ['平', 'ping'], ['刚', 'gang'], ['桂', 'gui'], ['英', 'ying'], ['华', 'hua'], ['建', 'jian'],
  ['国', 'guo'], ['志', 'zhi'], ['海', 'hai'], ['燕', 'yan'], ['玲', 'ling'], ['斌', 'bin'], ['鹏', 'peng'], ['辉', 'hui'],
  ['晓', 'xiao'], ['红', 'hong'], ['文', 'wen'], ['婷', 'ting'], ['宇', 'yu'], ['浩', 'hao'], ['欣', 'xin'], ['佳', 'jia'],
];

export const CN_TITLES = ['总经理', '销售经理', '市场总监', '采购经理', '外贸经理', '董事长', '副总经理', '业务员', '展会负责人', '设计师'];
export const EN_TITLES = ['Sales Manager', 'CEO', 'Purchasing Manager', 'Marketing Director', 'Export Manager',
  'Managing Director', 'Key Account Manager', 'Buyer', 'Product Manager', 'Editor'];

export const WEBMAIL_CN = ['163.com', 'qq.com', '126.com', 'sina.com', 'foxmail.com'];
export const WEBMAIL_EN = ['gmail.com', 'outlook.com', 'yahoo.com', 'hotmail.com'];
export const CN_MOBILE_PREFIXES = ['138', '139', '136', '135', '137', '150', '151', '158', '159', '186', '188', '189', '177', '133', '180'];
