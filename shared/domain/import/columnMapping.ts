// Which field of the workspace a spreadsheet column holds, guessed from its header in English
// or Chinese. Pure: the import flow (electron/backend/imports) proposes this mapping and the user
// adjusts it by hand.

export type ImportFieldGroup = 'customer' | 'contact' | 'participation';

/** The headers of a field, compared after normaliseHeader. */
interface Synonyms {
  /** Headers that name this field unambiguously. */
  names: readonly string[];
  /**
   * Headers that usually mean this field but could mean another ("name", "phone"): used only when
   * no column names the field unambiguously.
   */
  weak?: readonly string[];
}

// Rules for the ambiguous everyday headers, so the guess is predictable:
// - "phone"/"电话"/"tel" is the company's phone; "mobile"/"手机"/"cell" is the contact's.
// - "email"/"邮箱" is the company's email unless the header says whose ("contact email", "联系人邮箱").
// - "name"/"名称" alone is the company; "姓名"/"contact" is the person.
const SYNONYMS = {
  customer: {
    companyName: { names: ['companyname', 'company', 'companyorganisation', 'organisation', 'organization', 'organisationname', 'organizationname', 'firm', 'business', 'businessname', 'exhibitor', 'exhibitorname', 'customer', 'customername', 'client', 'clientname', 'account', 'accountname', '公司名称', '公司', '公司名', '企业名称', '企业', '单位名称', '单位', '客户名称', '客户', '展商名称', '展商', '参展商', '参展商名称', '参展企业', '机构名称', '机构', '厂商名称', '厂商', '公司中文名称', '中文名称', '公司中文名'], weak: ['name', '名称'] },
    legalName: { names: ['legalname', 'registeredname', 'legalentity', 'fullcompanyname', 'companylegalname', 'officialname', '法定名称', '注册名称', '工商注册名称', '公司全称', '企业全称', '全称', '法人名称', '营业执照名称'] },
    kinds: { names: ['kind', 'kinds', 'customertype', 'customerkind', 'type', 'category', 'customercategory', '客户类型', '类型', '客户类别', '类别', '身份'] },
    industry: { names: ['industry', 'sector', 'industrysector', 'businesssector', 'vertical', '行业', '所属行业', '行业类别', '行业分类', '产业'] },
    mainBusiness: { names: ['mainbusiness', 'businessscope', 'corebusiness', 'activity', 'activities', '主营业务', '经营范围', '主营', '业务范围'] },
    products: { names: ['products', 'product', 'productrange', 'exhibits', 'productsexhibited', '产品', '主要产品', '展品', '展品范围', '产品范围', '主营产品'] },
    country: { names: ['country', 'countryregion', 'nation', 'countryname', '国家', '国家地区', '国别', '国家或地区'] },
    region: { names: ['region', 'state', 'province', 'stateprovince', 'county', '省份', '省', '地区', '区域', '省市', '州'] },
    city: { names: ['city', 'town', 'citytown', '城市', '市', '所在城市'] },
    address: { names: ['address', 'streetaddress', 'street', 'companyaddress', 'postaladdress', 'mailingaddress', 'addressline1', '地址', '公司地址', '详细地址', '通讯地址', '联系地址', '办公地址', '邮寄地址'] },
    website: { names: ['website', 'web', 'url', 'homepage', 'site', 'webaddress', 'www', 'companywebsite', '网址', '网站', '公司网址', '官网', '公司网站', '主页'] },
    phone: { names: ['phone', 'telephone', 'tel', 'phonenumber', 'telephonenumber', 'companyphone', 'officephone', 'switchboard', 'landline', '电话', '公司电话', '联系电话', '座机', '固定电话', '办公电话', '总机', '电话号码'] },
    email: { names: ['email', 'emailaddress', 'mail', 'companyemail', 'generalemail', '邮箱', '电子邮箱', '电子邮件', '邮件', '公司邮箱', 'email地址', '邮箱地址'] },
    sizeBand: { names: ['employees', 'numberofemployees', 'staff', 'headcount', 'companysize', 'sizeband', '员工人数', '人数', '公司规模', '企业规模', '规模'] },
    source: { names: ['source', 'leadsource', 'datasource', 'origin', '来源', '客户来源', '数据来源', '渠道'] },
    partnerType: { names: ['partnertype', '合作伙伴类型', '伙伴类型'] },
    tags: { names: ['tags', 'tag', 'labels', 'label', 'keywords', '标签', '关键词'] },
    notes: { names: ['notes', 'note', 'remarks', 'remark', 'comments', 'comment', 'memo', 'description', '备注', '说明', '附注', '备注说明', '描述'] },
  },
  contact: {
    contactName: { names: ['contact', 'contactname', 'contactperson', 'person', 'fullname', 'attendee', 'representative', '联系人', '联系人姓名', '姓名', '联络人', '负责人', '对接人'] },
    contactTitle: { names: ['title', 'jobtitle', 'position', 'designation', 'contacttitle', 'contactposition', '职位', '职务', '头衔', '岗位', '联系人职务', '联系人职位'] },
    contactPhone: { names: ['mobile', 'mobilephone', 'mobilenumber', 'cell', 'cellphone', 'handphone', 'contactphone', 'contactmobile', 'contacttel', 'directline', '手机', '手机号', '手机号码', '移动电话', '联系人电话', '联系人手机', '联系人手机号'] },
    contactEmail: { names: ['contactemail', 'contactmail', 'personalemail', 'contactemailaddress', '联系人邮箱', '联系人电子邮箱', '联系人email', '个人邮箱'] },
    contactMessaging: { names: ['wechat', 'wechatid', 'weixin', 'whatsapp', 'messenger', 'messaging', 'qq', 'skype', 'line', 'telegram', '微信', '微信号', '微信id', 'qq号'] },
  },
  // One edition's, chosen in the flow.
  participation: {
    role: { names: ['participationrole', 'participanttype', 'attendeetype', 'visitortype', 'registrationtype', '参展身份', '参会身份', '参与身份', '观众类型', '参展类型', '参与类型'], weak: ['role', '角色'] },
    standNumber: { names: ['stand', 'standno', 'standnumber', 'booth', 'boothno', 'boothnumber', 'standbooth', 'boothstand', '展位号', '展位', '展台号', '摊位号', '展位编号'] },
    hall: { names: ['hall', 'hallno', 'hallnumber', 'pavilion', 'exhibitionhall', '展馆', '馆号', '展厅', '场馆', '展馆号'] },
    standArea: { names: ['standarea', 'boothsize', 'boothsqm', 'standsize', 'sqm', 'squaremetres', 'squaremeters', 'boothtotalarea', 'space', '面积', '展位面积', '展台面积', '平米', '平方米', '租用面积'], weak: ['area', 'size'] },
    standType: { names: ['standtype', 'boothtype', 'standconstruction', '展位类型', '展台类型', '展位形式', '搭建类型'] },
    listPrice: { names: ['listprice', 'rateprice', 'standardprice', 'pricelist', 'catalogprice', 'standardrate', '标准价', '原价', '刊例价', '标准价格', '展位标准价'] },
    priceCharged: { names: ['pricecharged', 'price', 'amount', 'contractamount', 'contractvalue', 'fee', 'standfee', 'boothfee', 'amountcharged', 'actualprice', 'netprice', 'invoiceamount', '价格', '实收', '实收金额', '成交价', '合同金额', '展位费', '金额', '实际价格', '收费', '费用'] },
    otherRevenue: { names: ['otherrevenue', 'otherincome', 'extras', 'additionalrevenue', 'sponsorship', 'sponsorshipfee', 'advertising', '其他收入', '其他收费', '额外收入', '赞助费', '广告费'] },
    status: { names: ['status', 'bookingstatus', 'participationstatus', 'contractstatus', 'registrationstatus', '状态', '预订状态', '合同状态', '参展状态', '报名状态'] },
    statusAt: { names: ['statusdate', 'bookingdate', 'contractdate', 'registrationdate', 'signeddate', 'datesigned', '签约日期', '预订日期', '报名日期', '合同日期', '状态日期'] },
    cancelReason: { names: ['cancelreason', 'cancellationreason', 'reasonforcancellation', '取消原因', '退展原因'] },
    satisfaction: { names: ['satisfaction', 'satisfactionscore', 'nps', 'recommend', 'likelihoodtorecommend', 'rating', 'score', '满意度', '满意度评分', '推荐度', '评分', '推荐意愿'] },
    intentToReturn: { names: ['intent', 'intenttoreturn', 'willreturn', 'returnintent', 'rebookingintent', 'nextedition', 'intention', '意向', '续展意向', '参展意向', '明年意向', '是否续展', '再次参展意向'] },
    feedback: { names: ['feedback', 'survey', 'surveyfeedback', 'exhibitorfeedback', '反馈', '意见', '展后反馈', '意见反馈'] },
    leads: { names: ['leads', 'leadscount', 'numberofleads', 'leadsgenerated', '线索', '线索数', '获得线索'] },
    meetings: { names: ['meetings', 'meetingscount', 'numberofmeetings', 'appointments', '洽谈', '洽谈数', '会谈数', '商务洽谈'] },
  },
} as const satisfies Record<ImportFieldGroup, Record<string, Synonyms>>;

type Table = typeof SYNONYMS;
export type ImportField = { [G in ImportFieldGroup]: keyof Table[G] & string }[ImportFieldGroup];

/** Every field with its group and synonyms, in the table's order (groups, then fields). */
const SPECS = new Map<ImportField, Synonyms & { group: ImportFieldGroup }>(
  (Object.keys(SYNONYMS) as ImportFieldGroup[]).flatMap((group) =>
    Object.entries(SYNONYMS[group] as Record<string, Synonyms>).map(([field, syn]) => [field as ImportField, { group, ...syn }] as const),
  ),
);
export const IMPORT_FIELDS = [...SPECS.keys()];

export function importFieldGroup(field: ImportField): ImportFieldGroup {
  return SPECS.get(field)!.group;
}

/**
 * Compares headers by their letters and digits only: lower case, full-width forms folded
 * (NFKC), anything in brackets dropped ("Stand area (m²)", "公司名称（必填）"), and spaces,
 * punctuation and symbols removed ("E-mail" = "email", "Stand No." = "standno").
 */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]|【[^】]*】|<[^>]*>/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .replace(/^\*+|\*+$/g, '');
}

interface Candidate {
  col: number;
  field: ImportField;
  score: number;
}

const LOOKUP: Map<string, { field: ImportField; score: number }[]> = (() => {
  const m = new Map<string, { field: ImportField; score: number }[]>();
  const add = (name: string, field: ImportField, score: number) => {
    const key = normaliseHeader(name);
    m.set(key, [...(m.get(key) ?? []), { field, score }]);
  };
  for (const [field, spec] of SPECS) {
    for (const n of spec.names) add(n, field, 3);
    for (const n of spec.weak ?? []) add(n, field, 2);
  }
  return m;
})();

/** Longest synonym first, so "联系人电话" is found as itself before "电话" inside it. */
const BY_LENGTH = [...LOOKUP.keys()].filter((k) => k.length >= 2).sort((a, b) => b.length - a.length);

function candidates(header: string, col: number): Candidate[] {
  const key = normaliseHeader(header);
  if (!key) return [];
  const exact = LOOKUP.get(key);
  if (exact) return exact.map((e) => ({ col, ...e }));
  // A header that contains a synonym ("Company name (English)", "参展公司名称") scores lower
  // than an exact match; the longest contained synonym decides.
  const hit = BY_LENGTH.find((k) => k.length >= 3 && key.includes(k)) ?? BY_LENGTH.find((k) => /\p{Script=Han}/u.test(k) && key.includes(k));
  return hit ? LOOKUP.get(hit)!.map((e) => ({ col, field: e.field, score: e.score - 1 })) : [];
}

/**
 * Proposes a field for each column (null: not imported). Each field is given to one column at
 * most: the best match wins, and among equal matches the leftmost column.
 */
export function guessMapping(headers: readonly (string | null)[]): (ImportField | null)[] {
  const all = headers.flatMap((h, col) => (h ? candidates(h, col) : []));
  all.sort((a, b) => b.score - a.score || a.col - b.col);
  const out: (ImportField | null)[] = headers.map(() => null);
  const taken = new Set<ImportField>();
  for (const c of all) {
    if (out[c.col] !== null || taken.has(c.field)) continue;
    out[c.col] = c.field;
    taken.add(c.field);
  }
  return out;
}

/**
 * The booking status a status-date column's title implies for a row that has a date in it and
 * no status of its own: a "contract date" is when the contract was signed, a "booking date" when
 * the stand was reserved. Null for a title that says nothing of the kind ("status date").
 */
export function statusImpliedByDateHeader(header: string | null): 'contracted' | 'reserved' | null {
  const h = normaliseHeader(header ?? '');
  if (/contract|signed|签约|合同/.test(h)) return 'contracted';
  if (/booking|预订/.test(h)) return 'reserved';
  return null;
}
