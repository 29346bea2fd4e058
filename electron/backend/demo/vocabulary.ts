// Vocabulary of the demo workspace: an organiser in China running a lighting fair and a
// packaging expo, with international participants. Places, industries and firm-name parts.
// People's names live in people.ts. Everything here is plain data; generateDemo.ts draws
// from it with a seeded PRNG.

/** [region, city, city in pinyin, area code, weight]; municipalities have region = city. */
export const CN_CITIES: readonly (readonly [string, string, string, string, number])[] = [
  ['广东', '深圳', 'Shenzhen', '755', 14], ['广东', '广州', 'Guangzhou', '20', 10], ['广东', '中山', 'Zhongshan', '760', 12],
  ['广东', '佛山', 'Foshan', '757', 10], ['广东', '东莞', 'Dongguan', '769', 8], ['广东', '江门', 'Jiangmen', '750', 3],
  ['广东', '惠州', 'Huizhou', '752', 3], ['广东', '汕头', 'Shantou', '754', 2], ['浙江', '杭州', 'Hangzhou', '571', 6],
  ['浙江', '宁波', 'Ningbo', '574', 6], ['浙江', '温州', 'Wenzhou', '577', 4], ['浙江', '义乌', 'Yiwu', '579', 3],
  ['浙江', '台州', 'Taizhou', '576', 2], ['江苏', '苏州', 'Suzhou', '512', 6], ['江苏', '南京', 'Nanjing', '25', 3],
  ['江苏', '无锡', 'Wuxi', '510', 3], ['江苏', '常州', 'Changzhou', '519', 3], ['上海', '上海', 'Shanghai', '21', 8],
  ['北京', '北京', 'Beijing', '10', 4], ['天津', '天津', 'Tianjin', '22', 2], ['重庆', '重庆', 'Chongqing', '23', 1],
  ['福建', '厦门', 'Xiamen', '592', 3], ['福建', '福州', 'Fuzhou', '591', 2], ['福建', '泉州', 'Quanzhou', '595', 2],
  ['山东', '青岛', 'Qingdao', '532', 3], ['山东', '济南', 'Jinan', '531', 2], ['山东', '潍坊', 'Weifang', '536', 2],
  ['河北', '石家庄', 'Shijiazhuang', '311', 1], ['河北', '保定', 'Baoding', '312', 1], ['四川', '成都', 'Chengdu', '28', 2],
  ['湖北', '武汉', 'Wuhan', '27', 2], ['安徽', '合肥', 'Hefei', '551', 1], ['河南', '郑州', 'Zhengzhou', '371', 1],
  ['湖南', '长沙', 'Changsha', '731', 1], ['辽宁', '大连', 'Dalian', '411', 1], ['江西', '南昌', 'Nanchang', '791', 1],
];

export const CN_ZONES = ['高新区', '经济开发区', '工业园', '古镇镇', '宝安区', '南海区', '科技园', '保税区', '北仑区', '新区'];
export const CN_ROADS = ['工业大道', '科技路', '人民路', '建设路', '高新大道', '创业路', '兴业路', '环城路', '振兴路', '东方大道', '新华路', '同乐路'];

/** Brand characters with pinyin (for domains and English legal names). */
export const CN_BRAND_CHARS: readonly (readonly [string, string])[] = [
  ['明', 'ming'], ['辉', 'hui'], ['华', 'hua'], ['光', 'guang'], ['阳', 'yang'], ['新', 'xin'], ['达', 'da'], ['盛', 'sheng'],
  ['鑫', 'xin'], ['源', 'yuan'], ['恒', 'heng'], ['泰', 'tai'], ['丰', 'feng'], ['宏', 'hong'], ['兴', 'xing'], ['海', 'hai'],
  ['天', 'tian'], ['金', 'jin'], ['博', 'bo'], ['创', 'chuang'], ['朗', 'lang'], ['晶', 'jing'], ['锐', 'rui'], ['航', 'hang'],
  ['凯', 'kai'], ['瑞', 'rui'], ['嘉', 'jia'], ['宇', 'yu'], ['星', 'xing'], ['永', 'yong'], ['欧', 'ou'], ['美', 'mei'],
  ['德', 'de'], ['佳', 'jia'], ['利', 'li'], ['富', 'fu'], ['顺', 'shun'], ['汇', 'hui'], ['龙', 'long'], ['耀', 'yao'],
  ['雅', 'ya'], ['彩', 'cai'], ['亮', 'liang'], ['晟', 'sheng'], ['昌', 'chang'], ['立', 'li'], ['通', 'tong'], ['信', 'xin'],
  ['诚', 'cheng'], ['正', 'zheng'], ['和', 'he'], ['万', 'wan'], ['力', 'li'], ['豪', 'hao'], ['威', 'wei'], ['远', 'yuan'],
  ['东', 'dong'], ['南', 'nan'], ['中', 'zhong'], ['腾', 'teng'], ['飞', 'fei'], ['佰', 'bai'], ['众', 'zhong'], ['亿', 'yi'],
];

/** Chinese legal forms with their usual English rendering. */
export const CN_SUFFIXES: readonly (readonly [string, string, number])[] = [
  ['有限公司', 'Co., Ltd.', 40], ['科技有限公司', 'Technology Co., Ltd.', 22], ['股份有限公司', 'Co., Ltd.', 10],
  ['实业有限公司', 'Industrial Co., Ltd.', 10], ['集团有限公司', 'Group Co., Ltd.', 4], ['工贸有限公司', 'Industry & Trade Co., Ltd.', 8],
  ['厂', 'Factory', 6],
];

export interface Industry {
  name: string;
  /** Words that go in a Chinese firm name, with their English rendering. */
  cn: readonly (readonly [string, string])[];
  /** Words that go in a foreign firm name. */
  en: readonly string[];
  /** Short token for web domains. */
  web: readonly string[];
  businessCn: readonly string[];
  businessEn: readonly string[];
  productsCn: readonly string[];
  productsEn: readonly string[];
  weight: number;
}

export const INDUSTRIES: readonly Industry[] = [
  {
    name: 'LED Lighting', weight: 18, web: ['led', 'lighting', 'light'],
    cn: [['照明', 'Lighting'], ['光电', 'Optoelectronics'], ['灯饰', 'Lamps'], ['半导体照明', 'Semiconductor Lighting']],
    en: ['Lighting', 'LED', 'Lux', 'Illumination', 'Light'],
    businessCn: ['LED灯具研发、生产与销售', 'LED照明产品OEM/ODM', '室内照明灯具制造', 'LED光源及灯具出口'],
    businessEn: ['Design and manufacture of LED luminaires', 'OEM/ODM LED lighting', 'LED lamps and light sources for export'],
    productsCn: ['LED面板灯', '筒灯', '射灯', '线性灯', '球泡灯', '灯带', '轨道灯', '吸顶灯'],
    productsEn: ['LED panels', 'downlights', 'spotlights', 'linear lights', 'LED bulbs', 'LED strips', 'track lights'],
  },
  {
    name: 'Commercial & Outdoor Lighting', weight: 10, web: ['lighting', 'light', 'outdoor'],
    cn: [['照明工程', 'Lighting Engineering'], ['灯具', 'Luminaires'], ['户外照明', 'Outdoor Lighting']],
    en: ['Lighting', 'Outdoor Lighting', 'Luminaires', 'Lichttechnik'],
    businessCn: ['城市亮化及道路照明工程', '商业照明解决方案', '景观照明设计与施工'],
    businessEn: ['Street and area lighting', 'Architectural lighting projects', 'Retail and hospitality lighting'],
    productsCn: ['路灯', '投光灯', '工矿灯', '庭院灯', '洗墙灯', '太阳能路灯'],
    productsEn: ['street lights', 'floodlights', 'high bays', 'garden lights', 'wall washers', 'solar lights'],
  },
  {
    name: 'Lighting Components', weight: 8, web: ['elec', 'optics', 'power'],
    cn: [['电子', 'Electronics'], ['光学', 'Optics'], ['电源', 'Power Supply'], ['五金', 'Hardware']],
    en: ['Electronics', 'Optics', 'Components', 'Power'],
    businessCn: ['LED驱动电源研发生产', '光学透镜及配件', '灯具五金配件加工'],
    businessEn: ['LED drivers and power supplies', 'Optical lenses and reflectors', 'Heat sinks and housings'],
    productsCn: ['驱动电源', '透镜', '散热器', '灯珠', '铝基板', '控制器'],
    productsEn: ['LED drivers', 'lenses', 'heat sinks', 'LED chips', 'PCBs', 'controllers'],
  },
  {
    name: 'Smart Home & Controls', weight: 6, web: ['smart', 'iot', 'home'],
    cn: [['智能', 'Intelligent'], ['智能家居', 'Smart Home'], ['电气', 'Electric']],
    en: ['Smart Home', 'Controls', 'Automation', 'Systems'],
    businessCn: ['智能照明控制系统', '智能家居产品研发', '物联网照明方案'],
    businessEn: ['Smart lighting controls', 'Home automation products', 'IoT lighting platforms'],
    productsCn: ['智能开关', '调光器', '传感器', '网关', '智能插座'],
    productsEn: ['smart switches', 'dimmers', 'sensors', 'gateways', 'DALI controllers'],
  },
  {
    name: 'Packaging Machinery', weight: 12, web: ['pack', 'machinery', 'mach'],
    cn: [['包装机械', 'Packaging Machinery'], ['机械', 'Machinery'], ['自动化', 'Automation']],
    en: ['Packaging Machinery', 'Machinery', 'Packtech', 'Maschinenbau'],
    businessCn: ['全自动包装设备制造', '食品包装机械研发', '包装生产线集成'],
    businessEn: ['Automatic packaging machines', 'Form-fill-seal lines', 'End-of-line packaging systems'],
    productsCn: ['灌装机', '封口机', '贴标机', '装盒机', '缠绕机', '打包机'],
    productsEn: ['filling machines', 'sealers', 'labelling machines', 'cartoners', 'stretch wrappers'],
  },
  {
    name: 'Paper & Carton Packaging', weight: 12, web: ['paper', 'pack', 'carton'],
    cn: [['纸业', 'Paper'], ['纸品', 'Paper Products'], ['包装', 'Packaging'], ['彩印', 'Color Printing']],
    en: ['Packaging', 'Paper', 'Cartons', 'Verpackung'],
    businessCn: ['瓦楞纸箱生产', '彩盒及礼品包装', '环保纸制品'],
    businessEn: ['Corrugated boxes', 'Folding cartons and gift boxes', 'Sustainable paper packaging'],
    productsCn: ['瓦楞纸箱', '彩盒', '礼品盒', '纸袋', '纸托'],
    productsEn: ['corrugated boxes', 'folding cartons', 'gift boxes', 'paper bags', 'moulded pulp trays'],
  },
  {
    name: 'Plastic & Flexible Packaging', weight: 10, web: ['plastic', 'pack', 'film'],
    cn: [['塑料', 'Plastics'], ['塑胶', 'Plastics'], ['软包装', 'Flexible Packaging'], ['新材料', 'New Materials']],
    en: ['Plastics', 'Flexible Packaging', 'Films', 'Polymers'],
    businessCn: ['塑料软包装生产', '食品级包装膜', '可降解包装材料'],
    businessEn: ['Flexible packaging films', 'Food-grade pouches', 'Biodegradable packaging'],
    productsCn: ['复合膜', '自立袋', '真空袋', '收缩膜', 'PET瓶'],
    productsEn: ['laminated films', 'stand-up pouches', 'vacuum bags', 'shrink film', 'PET bottles'],
  },
  {
    name: 'Printing & Labels', weight: 8, web: ['print', 'label'],
    cn: [['印刷', 'Printing'], ['印务', 'Printing'], ['标签', 'Labels']],
    en: ['Printing', 'Labels', 'Print'],
    businessCn: ['包装印刷', '不干胶标签印刷', '数码印刷服务'],
    businessEn: ['Packaging print', 'Self-adhesive labels', 'Digital printing'],
    productsCn: ['不干胶标签', '吊牌', '说明书', '防伪标签'],
    productsEn: ['labels', 'tags', 'leaflets', 'security labels'],
  },
  {
    name: 'Glass & Metal Containers', weight: 5, web: ['glass', 'can', 'pack'],
    cn: [['玻璃制品', 'Glass Products'], ['金属包装', 'Metal Packaging'], ['制罐', 'Can Making']],
    en: ['Glass', 'Containers', 'Metal Packaging'],
    businessCn: ['玻璃瓶罐生产', '马口铁罐制造'],
    businessEn: ['Glass bottles and jars', 'Tinplate cans and closures'],
    productsCn: ['玻璃瓶', '马口铁罐', '铝罐', '瓶盖'],
    productsEn: ['glass bottles', 'tin cans', 'aluminium cans', 'closures'],
  },
  {
    name: 'Trading & Logistics', weight: 11, web: ['trade', 'trading', 'global'],
    cn: [['贸易', 'Trading'], ['进出口', 'Import & Export'], ['供应链', 'Supply Chain']],
    en: ['Trading', 'Import Export', 'Sourcing', 'Distribution'],
    businessCn: ['照明及包装产品进出口', '采购代理及供应链服务', '灯具批发'],
    businessEn: ['Sourcing of lighting products', 'Import and distribution', 'Wholesale of packaging supplies'],
    productsCn: ['灯具', '包装材料', '电子配件', '家居用品'],
    productsEn: ['lighting fixtures', 'packaging materials', 'electrical accessories', 'home goods'],
  },
];

export interface Country {
  name: string;
  tld: string;
  dial: string;
  weight: number;
  forms: readonly string[];
  /** [region, city, area code] */
  cities: readonly (readonly [string, string, string])[];
  /** Family names typical of the country (may carry accents); also used in firm names. */
  families: readonly string[];
  first: readonly string[];
  street: string;
}

export const COUNTRIES: readonly Country[] = [
  {
    name: 'Germany', tld: 'de', dial: '49', weight: 12, forms: ['GmbH', 'GmbH', 'GmbH & Co. KG', 'AG'], street: 'Industriestraße',
    cities: [['Bayern', 'München', '89'], ['Nordrhein-Westfalen', 'Düsseldorf', '211'], ['Nordrhein-Westfalen', 'Lüdenscheid', '2351'],
      ['Baden-Württemberg', 'Stuttgart', '711'], ['Hessen', 'Frankfurt am Main', '69'], ['Hamburg', 'Hamburg', '40'], ['Nordrhein-Westfalen', 'Köln', '221']],
    families: ['Müller', 'Schröder', 'Weiß', 'Becker', 'Hoffmann', 'Krüger', 'Köhler', 'Schäfer', 'Wagner', 'Fischer', 'Jäger', 'Brückner'],
    first: ['Thomas', 'Jürgen', 'Stefan', 'Anna', 'Katrin', 'Lukas', 'Sören', 'Julia', 'Björn', 'Sabine'],
  },
  {
    name: 'Italy', tld: 'it', dial: '39', weight: 8, forms: ['S.r.l.', 'S.r.l.', 'S.p.A.'], street: 'Via Roma',
    cities: [['Lombardia', 'Milano', '02'], ['Emilia-Romagna', 'Bologna', '051'], ['Veneto', 'Treviso', '0422'], ['Toscana', 'Firenze', '055']],
    families: ['Rossi', 'Bianchi', 'Ferrari', 'Galli', 'Colombo', 'Ricci', 'Fabbri', 'Moretti'],
    first: ['Marco', 'Giulia', 'Luca', 'Francesca', 'Niccolò', 'Chiara', 'Andrea', 'Federica'],
  },
  {
    name: 'France', tld: 'fr', dial: '33', weight: 6, forms: ['SAS', 'S.A.', 'SARL'], street: 'rue de la République',
    cities: [['Île-de-France', 'Paris', '1'], ['Auvergne-Rhône-Alpes', 'Lyon', '4'], ['Pays de la Loire', 'Nantes', '2']],
    families: ['Lefèvre', 'Girard', 'Bérard', 'Dupré', 'Moreau', 'Chênevière', 'Rivière'],
    first: ['Émilie', 'François', 'Hélène', 'Jérôme', 'Céline', 'Benoît', 'Amélie', 'Luc'],
  },
  {
    name: 'Spain', tld: 'es', dial: '34', weight: 4, forms: ['S.L.', 'S.A.'], street: 'Calle Mayor',
    cities: [['Madrid', 'Madrid', '91'], ['Cataluña', 'Barcelona', '93'], ['Comunidad Valenciana', 'Valencia', '96']],
    families: ['García', 'Martínez', 'Muñoz', 'Peña', 'Fernández', 'Sánchez'],
    first: ['José', 'María', 'Javier', 'Lucía', 'Álvaro', 'Inés'],
  },
  {
    name: 'Netherlands', tld: 'nl', dial: '31', weight: 4, forms: ['B.V.'], street: 'Industrieweg',
    cities: [['Noord-Brabant', 'Eindhoven', '40'], ['Noord-Holland', 'Amsterdam', '20'], ['Zuid-Holland', 'Rotterdam', '10']],
    families: ['de Vries', 'van Dijk', 'Bakker', 'Visser', 'Jansen'],
    first: ['Daan', 'Sanne', 'Joost', 'Femke', 'Pieter'],
  },
  {
    name: 'United Kingdom', tld: 'co.uk', dial: '44', weight: 5, forms: ['Ltd', 'Limited', 'plc'], street: 'High Street',
    cities: [['England', 'London', '20'], ['England', 'Manchester', '161'], ['England', 'Birmingham', '121'], ['Scotland', 'Glasgow', '141']],
    families: ['Smith', 'Taylor', 'Brown', 'Walker', 'Harrison', 'Clarke'],
    first: ['James', 'Emma', 'Oliver', 'Sophie', 'Harry', 'Charlotte'],
  },
  {
    name: 'USA', tld: 'com', dial: '1', weight: 9, forms: ['Inc.', 'LLC', 'Corp.'], street: 'Commerce Drive',
    cities: [['New York', 'New York', '212'], ['Illinois', 'Chicago', '312'], ['California', 'Los Angeles', '213'], ['Georgia', 'Atlanta', '404'], ['Texas', 'Dallas', '214']],
    families: ['Johnson', 'Miller', 'Davis', 'Anderson', 'Wilson', 'Parker'],
    first: ['Michael', 'Jennifer', 'David', 'Sarah', 'Robert', 'Ashley', 'Kevin'],
  },
  {
    name: 'Japan', tld: 'co.jp', dial: '81', weight: 6, forms: ['Co., Ltd.', 'Corporation'], street: 'Chuo',
    cities: [['Tokyo', 'Tokyo', '3'], ['Osaka', 'Osaka', '6'], ['Aichi', 'Nagoya', '52']],
    families: ['Yamada', 'Suzuki', 'Tanaka', 'Takahashi', 'Matsuda', 'Watanabe'],
    first: ['Hiroshi', 'Yuki', 'Takeshi', 'Aiko', 'Kenji', 'Naoko'],
  },
  {
    name: 'South Korea', tld: 'co.kr', dial: '82', weight: 5, forms: ['Co., Ltd.', 'Corp.'], street: 'Gangnam-daero',
    cities: [['Seoul', 'Seoul', '2'], ['Busan', 'Busan', '51'], ['Incheon', 'Incheon', '32']],
    families: ['Kim', 'Park', 'Lee', 'Choi', 'Jung'],
    first: ['Min-jun', 'Seo-yeon', 'Ji-hoon', 'Ha-eun', 'Dong-hyun'],
  },
  {
    name: 'Vietnam', tld: 'vn', dial: '84', weight: 5, forms: ['Co., Ltd.', 'JSC'], street: 'Đường Lê Lợi',
    cities: [['Hồ Chí Minh', 'Hồ Chí Minh City', '28'], ['Hà Nội', 'Hà Nội', '24'], ['Đà Nẵng', 'Đà Nẵng', '236']],
    families: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Võ'],
    first: ['Minh', 'Lan', 'Tuấn', 'Hương', 'Quang', 'Thảo'],
  },
  {
    name: 'Turkey', tld: 'com.tr', dial: '90', weight: 3, forms: ['A.Ş.', 'Ltd. Şti.'], street: 'Atatürk Caddesi',
    cities: [['İstanbul', 'İstanbul', '212'], ['Ankara', 'Ankara', '312'], ['İzmir', 'İzmir', '232']],
    families: ['Yılmaz', 'Öztürk', 'Çelik', 'Şahin', 'Doğan'],
    first: ['Mehmet', 'Ayşe', 'Emre', 'Zeynep', 'Burak'],
  },
  {
    name: 'India', tld: 'in', dial: '91', weight: 4, forms: ['Pvt. Ltd.', 'Ltd.'], street: 'MG Road',
    cities: [['Maharashtra', 'Mumbai', '22'], ['Delhi', 'New Delhi', '11'], ['Gujarat', 'Ahmedabad', '79']],
    families: ['Sharma', 'Patel', 'Gupta', 'Mehta', 'Reddy'],
    first: ['Rahul', 'Priya', 'Amit', 'Neha', 'Vikram'],
  },
  {
    name: 'Poland', tld: 'pl', dial: '48', weight: 3, forms: ['Sp. z o.o.'], street: 'ul. Przemysłowa',
    cities: [['Mazowieckie', 'Warszawa', '22'], ['Małopolskie', 'Kraków', '12'], ['Łódzkie', 'Łódź', '42']],
    families: ['Wiśniewski', 'Kowalski', 'Nowak', 'Wójcik', 'Kamiński'],
    first: ['Piotr', 'Agnieszka', 'Tomasz', 'Małgorzata', 'Paweł'],
  },
  {
    name: 'Thailand', tld: 'co.th', dial: '66', weight: 3, forms: ['Co., Ltd.', 'Public Co., Ltd.'], street: 'Sukhumvit Road',
    cities: [['Bangkok', 'Bangkok', '2'], ['Chonburi', 'Chonburi', '38']],
    families: ['Srisuk', 'Chaiyaporn', 'Wongsa', 'Rattana'],
    first: ['Somchai', 'Niran', 'Kanya', 'Arthit'],
  },
];

/** Brand-name parts for foreign firms ("Lum" + "atec"). */
export const EN_BRAND_HEADS = ['Lum', 'Bright', 'Nova', 'Sol', 'Astra', 'Flex', 'Euro', 'Neo', 'Vita', 'Terra', 'Opti', 'Prima',
  'Sun', 'Star', 'Nord', 'Ever', 'Clear', 'Blue', 'Green', 'Omni', 'Aqua', 'Delta', 'Alpha', 'Zen', 'Max', 'Pro', 'Uni', 'Inno',
  'Eco', 'Luxe', 'Vivo', 'Rapid', 'Pack', 'Box', 'Print', 'Glo', 'Halo', 'Orbi', 'Kine', 'Velo'];
export const EN_BRAND_TAILS = ['tec', 'ex', 'ora', 'line', 'way', 'pro', 'lux', 'max', 'ia', 'on', 'is', 'ar', 'ent', 'ico',
  'form', 'gen', 'wave', 'point', 'light', 'pak', 'tronic', 'vision', 'field', 'stone', 'tex'];
export const EN_QUALIFIERS = ['', '', '', '', 'International', 'Group', 'Technologies', 'Solutions', 'Europe', 'Global', 'Systems', 'Industries'];

export const SIZE_WEIGHTS: readonly (readonly [string, number])[] = [['1-9', 10], ['10-49', 30], ['50-249', 32], ['250-999', 18], ['1000+', 10]];
export const SOURCE_WEIGHTS: readonly (readonly [string, number])[] = [
  ['previous_edition', 26], ['on_site', 20], ['own_records', 14], ['referral', 8], ['association_list', 8],
  ['purchased_list', 6], ['website', 10], ['import', 6], ['other', 2],
];

/** Tags drawn at random ('sponsor 2024' and 'media partner' go to partners only). */
export const TAGS = ['VIP', 'key account', '老客户', '老客户', 'brand leader', 'first-timer', '重点客户', 'overseas', '待跟进',
  '大客户', 'corner stand', 'price sensitive', '新客户', 'agent', '展位续订', 'VIP'];

export const STAFF = ['李娜', '王磊', 'Anna Schmidt', '陈静', '刘洋'];
export const REJECT_NOTES = ['Not in the trade (consumer shop)', '无法联系，电话空号', '重复录入，已合并', 'Company dissolved',
  '非行业相关企业', 'Fake registration on site'];
export const VERIFY_NOTES = ['营业执照已核实', 'Checked website and trade register', '电话回访确认', null, null, null];

export const NOTES_CN = ['2023年展会现场洽谈，有意扩大展位面积', '对价格敏感，需提前报价', '希望安排在主通道位置', '上届展会满意度高，推荐了两家同行',
  '需要英文邀请函办理签证', '老板亲自参展，重视品牌展示'];
export const NOTES_EN = ['Met at booth 3.1 B12; interested in a corner stand', 'Asked for the visitor list of last edition',
  'Prefers communication by email', 'Brought a delegation of 8 buyers', 'Needs invitation letter for visa', 'Considering sponsorship of the forum'];
export const SCALE_NOTES_CN = ['年产值约2亿元', '拥有3条自动化生产线', '厂房面积2万平方米', '员工约500人，出口占60%'];
export const SCALE_NOTES_EN = ['Annual turnover approx. EUR 40 million', 'Two plants, 12,000 m² production', 'Exports to 60 countries'];

/** Vietnamese firm names ("Công ty TNHH Phú Thịnh Bao Bì") — accents for accent-insensitive search. */
export const VN_BRANDS = ['Phú Thịnh', 'Việt Hưng', 'Đức Phát', 'Thành Công', 'Hòa Bình', 'Ánh Dương', 'Quang Minh'];
export const FR_LIGHTING = ["Société Générale d'Éclairage", "Société Nouvelle d'Éclairage", 'Lumière & Fils', 'Éclairage Moderne', "Atelier d'Éclairage"];

export const CN_ASSOCIATION_TOPICS = ['照明电器', '灯饰', '包装', '印刷', '包装技术', '半导体照明', '绿色包装'];
export const CN_ASSOCIATION_FORMS = ['行业协会', '协会', '商会', '产业联盟'];
export const EN_ASSOCIATION = ['Association', 'Federation', 'Council', 'Alliance'];
export const EN_ASSOCIATION_SCOPE = ['International', 'Global', 'World', 'Asia-Pacific'];
export const CN_MAGAZINES = ['中国照明', '照明工程', '包装世界', '印刷技术', '灯饰', 'LED在线', '包装前沿', '中国包装', '光源与照明'];
export const EN_MEDIA_HEADS = ['LED', 'Lighting', 'Packaging', 'Print', 'Pack', 'Lux', 'Label'];
export const EN_MEDIA_TAILS = ['Magazine', 'Today', 'Review', 'Insight', 'Week', 'World', 'Journal', 'News'];
