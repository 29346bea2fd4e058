import { byLanguage, type Word } from './words';

// The one table of field names of customers, contacts, participations and interactions, in
// every UI language, as the API names the fields. The customer form, the import's column
// choices and the change history read it, so a field is called the same wherever it is named.
// (Forms with sections may say less — "Status" under "Booking" — and spreadsheet headers keep
// their short forms; those live with their screens.)

export type CustomerField =
  | 'companyName' | 'legalName' | 'kinds' | 'partnerType' | 'industry' | 'mainBusiness' | 'products' | 'sizeBand'
  | 'scaleNotes' | 'country' | 'region' | 'city' | 'address' | 'website' | 'phone' | 'email' | 'source' | 'tags'
  | 'notes' | 'screeningStatus' | 'screeningNote' | 'screenedBy' | 'screenedAt' | 'referredBy' | 'negativeWomAt'
  | 'negativeWomNote';

export const CUSTOMER_FIELD_WORDS: Record<CustomerField, Word> = {
  companyName: { en: 'Company name', zh: '公司名称' },
  legalName: { en: 'Legal name', zh: '注册名称' },
  kinds: { en: 'Kind of customer', zh: '客户类型' },
  partnerType: { en: 'Partner type', zh: '合作伙伴类型' },
  industry: { en: 'Industry', zh: '行业' },
  mainBusiness: { en: 'Main business', zh: '主营业务' },
  products: { en: 'Products', zh: '产品' },
  sizeBand: { en: 'Company size', zh: '公司规模' },
  scaleNotes: { en: 'Scale and strength', zh: '规模与实力' },
  country: { en: 'Country', zh: '国家/地区' },
  region: { en: 'Region / province', zh: '地区 / 省份' },
  city: { en: 'City', zh: '城市' },
  address: { en: 'Address', zh: '地址' },
  website: { en: 'Website', zh: '网站' },
  phone: { en: 'Phone', zh: '电话' },
  email: { en: 'Email', zh: '邮箱' },
  source: { en: 'Source', zh: '来源' },
  tags: { en: 'Tags', zh: '标签' },
  notes: { en: 'Notes', zh: '备注' },
  screeningStatus: { en: 'Screening', zh: '甄别' },
  screeningNote: { en: 'Screening note', zh: '甄别备注' },
  screenedBy: { en: 'Screened by', zh: '甄别人' },
  screenedAt: { en: 'Screened at', zh: '甄别时间' },
  referredBy: { en: 'Referred by', zh: '推荐人' },
  negativeWomAt: { en: 'Bad word of mouth on', zh: '负面口碑日期' },
  negativeWomNote: { en: 'Bad word of mouth', zh: '负面口碑' },
};

export type ContactField = 'name' | 'title' | 'phone' | 'email' | 'messaging' | 'notes';

export const CONTACT_FIELD_WORDS: Record<ContactField, Word> = {
  name: { en: 'Name', zh: '姓名' },
  title: { en: 'Job title', zh: '职务' },
  phone: { en: 'Phone', zh: '电话' },
  email: { en: 'Email', zh: '邮箱' },
  messaging: { en: 'WeChat / WhatsApp / other', zh: '微信 / WhatsApp / 其他' },
  notes: { en: 'Notes', zh: '备注' },
};

export type ParticipationField =
  | 'customerId' | 'editionId' | 'role' | 'standNumber' | 'hall' | 'standArea' | 'standType' | 'listPrice'
  | 'priceCharged' | 'otherRevenue' | 'status' | 'statusAt' | 'cancelReason' | 'satisfaction' | 'intentToReturn'
  | 'feedback' | 'leads' | 'meetings';

export const PARTICIPATION_FIELD_WORDS: Record<ParticipationField, Word> = {
  customerId: { en: 'Customer', zh: '客户' },
  editionId: { en: 'Edition', zh: '届次' },
  role: { en: 'Role', zh: '身份' },
  standNumber: { en: 'Stand number', zh: '展位号' },
  hall: { en: 'Hall', zh: '展馆' },
  standArea: { en: 'Stand area (m²)', zh: '展位面积（平方米）' },
  standType: { en: 'Stand type', zh: '展位类型' },
  listPrice: { en: 'List price', zh: '标价' },
  priceCharged: { en: 'Price charged', zh: '成交价' },
  otherRevenue: { en: 'Other revenue', zh: '其他收入' },
  status: { en: 'Booking status', zh: '预订状态' },
  statusAt: { en: 'Status date', zh: '状态日期' },
  cancelReason: { en: 'Reason for cancelling', zh: '取消原因' },
  satisfaction: { en: 'Satisfaction', zh: '满意度' },
  intentToReturn: { en: 'Intends to return', zh: '再次参展意向' },
  feedback: { en: 'Feedback', zh: '反馈' },
  leads: { en: 'Leads', zh: '线索数' },
  meetings: { en: 'Meetings', zh: '洽谈数' },
};

export type InteractionField =
  | 'at' | 'type' | 'direction' | 'staff' | 'summary' | 'outcome' | 'cost' | 'followUpOn' | 'complaintState' | 'resolvedAt';

export const INTERACTION_FIELD_WORDS: Record<InteractionField, Word> = {
  at: { en: 'Date', zh: '日期' },
  type: { en: 'Type', zh: '类型' },
  direction: { en: 'Direction', zh: '方向' },
  staff: { en: 'Staff member', zh: '工作人员' },
  summary: { en: 'Summary', zh: '摘要' },
  outcome: { en: 'Outcome', zh: '结果' },
  cost: { en: 'Cost', zh: '费用' },
  followUpOn: { en: 'Follow up on', zh: '跟进日期' },
  complaintState: { en: 'Complaint', zh: '投诉' },
  resolvedAt: { en: 'Resolved at', zh: '解决时间' },
};

// Per language, for locale files: `fields: { ...PARTICIPATION_FIELD_LABELS.en, … }`.
export const CUSTOMER_FIELD_LABELS = byLanguage(CUSTOMER_FIELD_WORDS);
export const CONTACT_FIELD_LABELS = byLanguage(CONTACT_FIELD_WORDS);
export const PARTICIPATION_FIELD_LABELS = byLanguage(PARTICIPATION_FIELD_WORDS);
export const INTERACTION_FIELD_LABELS = byLanguage(INTERACTION_FIELD_WORDS);
