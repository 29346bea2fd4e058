// Vocabulary of the demo's activity: the organiser's two exhibitions, and the texts of
// bookings, feedback, complaints and contacts — in Chinese for Chinese customers, in
// English for the others. Plain data; demoActivity.ts draws from it with a seeded PRNG.

export interface DemoExhibition {
  name: string;
  theme: string;
  city: string;
  venue: string;
  maturity: 'new' | 'growing' | 'mature';
  notes: string | null;
  /** Industries (vocabulary.ts INDUSTRIES names) whose firms take part here first. */
  industries: readonly string[];
  /** Year of the first edition, the number that edition had, its month (1–12) and days. */
  firstYear: number;
  firstNumber: number;
  month: number;
  days: number;
  /** Short name for edition names: `${short} ${year}`. */
  short: string;
  halls: readonly string[];
  /** List price per m² in yuan in the first year, shell scheme and raw space; +4 % a year. */
  shellPerM2: number;
  rawPerM2: number;
}

export const EXHIBITIONS: readonly DemoExhibition[] = [
  {
    name: '亚洲照明博览会 Asia Lighting Expo',
    theme: 'LED and commercial lighting, components, smart controls · LED照明、商业照明、配件与智能控制',
    city: 'Guangzhou',
    venue: '中国进出口商品交易会展馆 Canton Fair Complex',
    maturity: 'mature',
    notes: '主展会；每年6月举办。Flagship show, held every June.',
    industries: ['LED Lighting', 'Commercial & Outdoor Lighting', 'Lighting Components', 'Smart Home & Controls'],
    firstYear: 2020,
    firstNumber: 9,
    month: 6,
    days: 4,
    short: 'Asia Lighting Expo',
    halls: ['1.1', '2.1', '3.1', '4.1', '5.1', '6.1', '8.1', '9.1', '10.1', '11.1', '12.1', '13.1'],
    shellPerM2: 1880,
    rawPerM2: 1580,
  },
  {
    name: '华东国际包装工业展 East China Packaging Expo',
    theme: 'Packaging machinery, materials, printing and labels · 包装机械、包装材料、印刷与标签',
    city: 'Shanghai',
    venue: '国家会展中心（上海） National Exhibition and Convention Center',
    maturity: 'growing',
    notes: 'Launched 2021; growing fast. 2021年创办，规模逐年扩大。',
    industries: ['Packaging Machinery', 'Paper & Carton Packaging', 'Plastic & Flexible Packaging', 'Printing & Labels', 'Glass & Metal Containers'],
    firstYear: 2021,
    firstNumber: 1,
    month: 11,
    days: 3,
    short: 'East China Packaging Expo',
    halls: ['N1', 'N2', 'N3', 'N4', 'N5', 'E1', 'E2', 'E3', 'W1', 'W2'],
    shellPerM2: 1480,
    rawPerM2: 1220,
  },
];

export const CANCEL_REASONS_CN = ['今年预算削减', '改参加其他展会', '展位位置不理想', '公司业务调整', '产品线调整，暂不参展', '签证未获批'];
export const CANCEL_REASONS_EN = ['Budget cut this year', 'Chose a competing fair', 'Stand location not acceptable',
  'Company restructuring', 'Visa not granted', 'No new products to show this year'];

/** Feedback after the edition by satisfaction band: low (0–4), middle (5–7), high (8–10). */
export const FEEDBACK_CN: readonly (readonly string[])[] = [
  ['观众质量下降，几乎没有有效询盘', '展位费太贵，效果不如预期', '现场组织混乱，布展时间太紧', '展位位置偏，人流很少'],
  ['整体还行，专业观众可以再多一些', '希望改善现场餐饮和网络', '询盘数量一般，会考虑明年是否参展', '展馆交通不太方便'],
  ['观众质量很高，收获不少订单', '组织专业，明年继续参展', '买家对接会效果很好', '现场服务周到，推荐同行参展'],
];
export const FEEDBACK_EN: readonly (readonly string[])[] = [
  ['Visitor quality dropped; hardly any serious enquiries', 'Too expensive for the results', 'Build-up time far too short, chaotic logistics',
    'Stand in a dead corner, very little traffic'],
  ['Fine overall; would like more trade buyers', 'Wi-Fi and catering need improvement', 'Average number of leads; undecided about next year',
    'Hard to reach the venue from the hotels'],
  ['Excellent buyer quality, several orders signed', 'Professionally run; we will be back', 'The matchmaking programme worked very well',
    'Great service on site; recommending it to partners'],
];

export const COMPLAINTS_CN = ['展位搭建延误，开展当天上午才完工', '展位电力不足，设备无法演示', '发票开具错误，需重新开具', '会刊中公司名称印错',
  '邻近展位噪音过大', '现场保安不让提前进场布展', '展位面积与合同不符'];
export const COMPLAINTS_EN = ['Stand build-up late, finished only on opening morning', 'Not enough power at the stand for the demo machines',
  'Wrong invoice issued, needs correcting', 'Company name misprinted in the catalogue', 'Neighbouring stand far too loud',
  'Access for build-up refused by security', 'Stand smaller than contracted'];
export const RESOLUTIONS_CN = ['已道歉并减免部分服务费', '已重新开具发票', '下届优先安排展位位置', '已补发更正声明'];
export const RESOLUTIONS_EN = ['Apologised and waived part of the service fees', 'Corrected invoice sent', 'Priority stand choice next edition',
  'Correction published'];

/** Contact summaries by type, [Chinese, English]; `{e}` is the edition's short name. */
export const SUMMARIES: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  call: [['电话跟进参展意向', 'Follow-up call about taking part'], ['电话确认展位位置', 'Call to confirm the stand location'],
    ['电话催缴展位费', 'Payment reminder call'], ['介绍{e}新展区', 'Presented the new hall at {e}'], ['邀请参观{e}', 'Invited to visit {e}']],
  email: [['发送{e}参展邀请函', 'Sent the {e} exhibitor invitation'], ['发送展位平面图和报价', 'Sent floor plan and price quote'],
    ['发送参展合同', 'Sent the participation contract'], ['发送观众预登记链接', 'Sent the visitor pre-registration link'],
    ['发送展后报告', 'Sent the post-show report'], ['回复关于展位搭建的询问', 'Answered a question about stand build-up']],
  meeting: [['拜访洽谈展位续订', 'Meeting about rebooking the stand'], ['商谈赞助合作方案', 'Discussed a sponsorship package'],
    ['年度合作会谈', 'Annual account review']],
  visit: [['走访企业，参观工厂', 'Visited the company and its factory'], ['展会现场拜访展位', 'Visited their stand at {e}'],
    ['陪同参观展馆', 'Accompanied them through the halls']],
  event: [['邀请参加{e}欢迎晚宴', 'Hosted at the {e} welcome dinner'], ['参加行业论坛并交流', 'Met at the industry forum'],
    ['VIP买家对接午宴', 'VIP buyer matchmaking lunch']],
  feedback: [['展后满意度调查：{s}/10', 'Post-show survey: {s}/10']],
  advice: [['建议增设户外展区', 'Suggested an outdoor exhibition area'], ['建议提前公布买家名单', 'Suggested publishing the buyer list earlier'],
    ['分享了欧洲展会的招商经验', 'Shared how European fairs recruit buyers'], ['建议增加技术研讨会', 'Suggested more technical seminars']],
  other: [['更新了公司联系人信息', 'Updated their contact details'], ['寄送展会纪念品', 'Sent a show souvenir']],
};

export const OUTCOMES_CN = ['有意向，待跟进', '已确认', '暂无计划', '需要内部审批', '已发送资料'];
export const OUTCOMES_EN = ['Interested, follow up', 'Confirmed', 'No plans for now', 'Needs internal approval', 'Information sent'];

export const REFERRAL_CN = '推荐了新客户：{n}';
export const REFERRAL_EN = 'Referred a new customer: {n}';
export const NEGATIVE_WOM_CN = ['在行业群里劝同行不要参展', '向多家同行抱怨展会效果差', '在行业协会会议上批评展会'];
export const NEGATIVE_WOM_EN = ['Told peers in a trade chat group not to exhibit', 'Complained about the show to several peers',
  'Criticised the fair at an association meeting'];
