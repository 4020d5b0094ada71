//! Reading gazetteer files: entity tables, demonyms and ambiguity rules.

use rustc_hash::FxHashMap as HashMap;
use std::path::Path;

use super::{
    fold, strip_diacritics, AliasMatcher, AmbiguityRule, Entity, EntityKind, Gazetteer, Gender,
    Target,
};
use crate::error::{Error, Result};
use crate::lexicon::DataFile;

/// The gazetteer files of a run, each with the index of the folder it came
/// from (0 = the built-in defaults; later folders win ties).
#[derive(Debug, Clone, Default)]
pub struct GazetteerFiles {
    /// Entity tables (`id, name, type, …`).
    pub entities: Vec<(u16, DataFile)>,
    /// `demonyms.tsv` files: `demonym, country[, entity_id]`.
    pub demonyms: Vec<(u16, DataFile)>,
    /// `ambiguous.tsv` files: `alias, rule`.
    pub ambiguous: Vec<DataFile>,
    /// `given_names.tsv` files: `name[, gender]`.
    pub given_names: Vec<DataFile>,
}

impl GazetteerFiles {
    /// Sorts the `.tsv` files of a folder into entity tables, demonyms and
    /// ambiguity rules (lexicon files of other names are left alone).
    pub fn add_folder(&mut self, origin: u16, dir: &Path) -> Result<()> {
        let mut names: Vec<_> = std::fs::read_dir(dir)
            .map_err(|e| Error::io(dir, e))?
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
            .collect();
        names.sort();
        for path in names {
            let text = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
            let file = DataFile { path: path.clone(), text };
            match path.file_name().and_then(|n| n.to_str()) {
                Some("demonyms.tsv") => self.demonyms.push((origin, file)),
                Some("ambiguous.tsv") => self.ambiguous.push(file),
                Some("given_names.tsv") => self.given_names.push(file),
                _ if Columns::of(&file).is_ok() => self.entities.push((origin, file)),
                _ => {}
            }
        }
        Ok(())
    }
}

/// Column positions in an entity table's header.
struct Columns {
    id: usize,
    name: usize,
    kind: usize,
    width: usize,
    /// Position of each [`OPTIONAL`] column, if the header has it.
    optional: [Option<usize>; OPTIONAL.len()],
}

/// Most columns an entity table may have.
const MAX_COLUMNS: usize = 32;

const OPTIONAL: [&str; 8] =
    ["subtype", "country", "aliases", "role", "valid_from", "valid_to", "population", "source"];

impl Columns {
    fn of(file: &DataFile) -> Result<Self> {
        let (n, header) = file.lines().next().ok_or_else(|| file.error(1, "no header row"))?;
        let cols: Vec<&str> = header.split('\t').map(str::trim).collect();
        let find = |c: &str| cols.iter().position(|h| *h == c);
        let need = |c: &str| {
            find(c).ok_or_else(|| {
                file.error(n, format!("the header has no `{c}` column (needs id, name, type)"))
            })
        };
        if cols.len() > MAX_COLUMNS {
            return Err(file.error(n, format!("{} columns: at most {MAX_COLUMNS}", cols.len())));
        }
        let (id, name, kind) = (need("id")?, need("name")?, need("type")?);
        let optional = OPTIONAL.map(find);
        Ok(Columns { id, name, kind, width: cols.len(), optional })
    }
}

/// One parsed row: the entity and its aliases.
fn parse_row<'l>(
    file: &DataFile,
    cols: &Columns,
    n: usize,
    line: &'l str,
    origin: u16,
) -> Result<(Entity, Vec<&'l str>)> {
    // Rows are split into a fixed array: the default tables have 60,000 rows.
    let mut f = [""; MAX_COLUMNS];
    for (k, field) in split_ascii(line, b'\t').enumerate() {
        if k == cols.width {
            let fields = line.split('\t').count();
            return Err(
                file.error(n, format!("{fields} fields, but the header has {}", cols.width))
            );
        }
        f[k] = field.trim();
    }
    let get = |i: usize| f.get(i).copied().unwrap_or("");
    let opt = |c: &str| {
        let k = OPTIONAL.iter().position(|o| *o == c).expect("a known column");
        cols.optional[k].map(get).filter(|s| !s.is_empty()).map(str::to_string)
    };
    let id = get(cols.id);
    if id.is_empty() {
        return Err(file.error(n, "empty id"));
    }
    let name = get(cols.name);
    if name.is_empty() {
        return Err(file.error(n, format!("empty name for id {id}")));
    }
    let kind = EntityKind::parse(get(cols.kind)).ok_or_else(|| {
        file.error(n, format!("type `{}`: use place, official or organisation", get(cols.kind)))
    })?;
    let population = match opt("population") {
        Some(p) => p
            .parse::<f64>()
            .map_err(|_| file.error(n, format!("population `{p}` is not a number")))?
            as u64,
        None => 0,
    };
    let entity = Entity {
        id: id.to_string(),
        name: name.to_string(),
        kind: Some(kind),
        subtype: opt("subtype"),
        country: opt("country"),
        role: opt("role"),
        valid_from: opt("valid_from"),
        valid_to: opt("valid_to"),
        population,
        origin,
    };
    let k = OPTIONAL.iter().position(|o| *o == "aliases").expect("a known column");
    let aliases = match cols.optional[k].map(get) {
        Some(a) => split_ascii(a, b'|').map(str::trim).filter(|a| !a.is_empty()).collect(),
        None => Vec::new(),
    };
    Ok((entity, aliases))
}

/// An alias can be matched only if it starts with a capital letter or a digit.
/// `s` split at each `sep` (an ASCII byte), read byte by byte. The default
/// tables split 60,000 rows into fields and 100,000 aliases, most a few bytes
/// long: `str::split` with a char pattern makes a `memchr` call for each,
/// which costs more than reading the bytes. Gives what `str::split` gives.
fn split_ascii(s: &str, sep: u8) -> impl Iterator<Item = &str> {
    let mut rest = Some(s);
    std::iter::from_fn(move || {
        let r = rest?;
        match r.bytes().position(|b| b == sep) {
            Some(i) => {
                rest = Some(&r[i + 1..]);
                Some(&r[..i])
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}

fn matchable(alias: &str) -> bool {
    alias.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// Every problem in one entity table, with file and line.
fn entity_problems(file: &DataFile) -> Vec<Error> {
    let cols = match Columns::of(file) {
        Ok(c) => c,
        Err(e) => return vec![e],
    };
    let mut problems = Vec::new();
    let mut ids: HashMap<String, usize> = HashMap::default();
    for (n, line) in file.lines().skip(1) {
        match parse_row(file, &cols, n, line, 0) {
            Ok((e, aliases)) => {
                if let Some(first) = ids.insert(e.id.clone(), n) {
                    problems.push(
                        file.error(n, format!("duplicate id {} (first on line {first})", e.id)),
                    );
                }
                // A canonical name may be written in lower case (GeoNames' "les
                // Escaldes"); an alias that can never match is a mistake.
                for a in aliases.iter().filter(|a| !matchable(a)) {
                    problems.push(file.error(
                        n,
                        format!("`{a}` starts with a lower-case letter and will never match"),
                    ));
                }
            }
            Err(e) => problems.push(e),
        }
    }
    problems
}

/// Checks every gazetteer and lexicon file in `dir`; returns each problem
/// (file and line), or an empty list.
pub fn check_folder(dir: &Path) -> Result<Vec<Error>> {
    let mut files = GazetteerFiles::default();
    files.add_folder(1, dir)?;
    let mut problems = Vec::new();
    for (_, f) in &files.entities {
        problems.extend(entity_problems(f));
    }
    let mut scratch = Builder::default();
    for (_, f) in &files.demonyms {
        if let Err(e) = scratch.demonyms(f, false) {
            problems.push(e);
        }
    }
    for f in &files.ambiguous {
        if let Err(e) = parse_ambiguous(f, &mut HashMap::default()) {
            problems.push(e);
        }
    }
    Ok(problems)
}

fn parse_ambiguous(file: &DataFile, out: &mut HashMap<String, AmbiguityRule>) -> Result<()> {
    for row in file.rows(3) {
        let (n, f) = row?;
        let rule = match f[1] {
            "common-word" => AmbiguityRule::CommonWord,
            "given-name" => AmbiguityRule::GivenName,
            other => {
                return Err(file.error(n, format!("rule `{other}`: use common-word or given-name")))
            }
        };
        out.insert(f[0].to_string(), rule);
    }
    Ok(())
}

#[derive(Default)]
struct Builder {
    entities: Vec<Entity>,
    by_id: HashMap<String, u32>,
    patterns: HashMap<String, u32>,
    targets: Vec<Vec<Target>>,
}

/// An alias as it goes into the matcher: folded for matching, and as
/// written (diacritics stripped) for the ambiguity rules.
struct PreparedAlias {
    key: String,
    written: Box<str>,
    is_name: bool,
}

impl PreparedAlias {
    fn new(alias: &str, is_name: bool) -> Option<Self> {
        matchable(alias).then(|| PreparedAlias {
            key: fold(alias),
            written: strip_diacritics(alias).as_ref().into(),
            is_name,
        })
    }
}

/// The rows of an entity table, parsed and their aliases prepared, in order.
/// The default tables hold 60,000 rows, read before the first document: the
/// rows are split among the cores (order and errors are as if read one by
/// one: the first error in file order is the one reported).
fn parse_rows(
    file: &DataFile,
    cols: &Columns,
    lines: &[(usize, &str)],
    origin: u16,
) -> Vec<Result<(Entity, Vec<PreparedAlias>)>> {
    let parse = |&(n, line): &(usize, &str)| -> Result<(Entity, Vec<PreparedAlias>)> {
        let (entity, aliases) = parse_row(file, cols, n, line, origin)?;
        let mut prepared: Vec<PreparedAlias> =
            PreparedAlias::new(&entity.name, true).into_iter().collect();
        prepared.extend(aliases.iter().filter_map(|a| PreparedAlias::new(a, false)));
        Ok((entity, prepared))
    };
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(4);
    if threads == 1 || lines.len() < 4096 {
        return lines.iter().map(parse).collect();
    }
    std::thread::scope(|scope| {
        let parts: Vec<_> = lines
            .chunks(lines.len().div_ceil(threads))
            .map(|part| scope.spawn(move || part.iter().map(parse).collect::<Vec<_>>()))
            .collect();
        parts.into_iter().flat_map(|p| p.join().expect("parsing a row does not panic")).collect()
    })
}

impl Builder {
    fn alias(&mut self, alias: &str, entity: u32, is_name: bool, demonym: bool) {
        if let Some(a) = PreparedAlias::new(alias, is_name) {
            self.add_alias(a, entity, demonym);
        }
    }

    fn add_alias(&mut self, alias: PreparedAlias, entity: u32, demonym: bool) {
        let PreparedAlias { key, written, is_name } = alias;
        // Pattern ids are given in order of first appearance; the keys are
        // listed by id only once, for the matcher (no copy of each here).
        let next = self.targets.len() as u32;
        let p = *self.patterns.entry(key).or_insert(next);
        if p == next {
            self.targets.push(Vec::new());
        }
        let list = &mut self.targets[p as usize];
        match list.iter_mut().find(|t| t.entity == entity && t.written == written) {
            Some(t) => t.is_name |= is_name,
            None => list.push(Target { entity, written, is_name, demonym }),
        }
    }

    fn entities(&mut self, file: &DataFile, origin: u16) -> Result<()> {
        let cols = Columns::of(file)?;
        let lines: Vec<(usize, &str)> = file.lines().skip(1).collect();
        let parsed = parse_rows(file, &cols, &lines, origin);
        // Sized up front: the default tables add some 250,000 aliases, and
        // rehashing them is a good part of loading.
        let aliases: usize = parsed.iter().map(|r| r.as_ref().map_or(0, |(_, a)| a.len())).sum();
        self.patterns.reserve(aliases);
        self.targets.reserve(aliases);
        self.by_id.reserve(lines.len());
        // The line each entity was first given on in this file (0: not yet).
        let mut line_of: Vec<usize> = vec![0; self.entities.len()];
        for (&(n, _), row) in lines.iter().zip(parsed) {
            let (entity, aliases) = row?;
            let idx = match self.by_id.get(&entity.id) {
                // A later folder's row for the same id replaces it.
                Some(&i) => {
                    let first = line_of[i as usize];
                    if first != 0 {
                        return Err(file.error(
                            n,
                            format!("duplicate id {} (first on line {first})", entity.id),
                        ));
                    }
                    self.entities[i as usize] = entity;
                    i
                }
                None => {
                    let i = self.entities.len() as u32;
                    self.by_id.insert(entity.id.clone(), i);
                    self.entities.push(entity);
                    line_of.push(0);
                    i
                }
            };
            line_of[idx as usize] = n;
            for a in aliases {
                self.add_alias(a, idx, false);
            }
        }
        Ok(())
    }

    fn demonyms(&mut self, file: &DataFile, strict: bool) -> Result<()> {
        let countries: HashMap<String, u32> = self
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.subtype.as_deref() == Some("country"))
            .filter_map(|(i, e)| e.country.clone().map(|c| (c, i as u32)))
            .collect();
        for row in file.rows(4) {
            let (n, f) = row?;
            let target = if !f[2].is_empty() {
                self.by_id.get(f[2]).copied()
            } else {
                countries.get(f[1]).copied()
            };
            match target {
                Some(e) => self.alias(f[0], e, false, true),
                None if strict => {
                    return Err(file.error(n, format!("no entity for demonym `{}`", f[0])))
                }
                None => {}
            }
        }
        Ok(())
    }
}

impl Gazetteer {
    /// Compiles gazetteer files into a matcher. Errors name the file and line.
    pub fn build(files: &GazetteerFiles) -> Result<Self> {
        let mut b = Builder::default();
        for (origin, f) in &files.entities {
            b.entities(f, *origin)?;
        }
        for (_, f) in &files.demonyms {
            b.demonyms(f, true)?;
        }
        let mut ambiguous = HashMap::default();
        for f in &files.ambiguous {
            parse_ambiguous(f, &mut ambiguous)?;
        }
        let mut given_names = rustc_hash::FxHashSet::default();
        let mut given_genders = crate::lexicon::WordMap::default();
        for f in &files.given_names {
            for row in f.rows(2) {
                let (n, cells) = row?;
                given_names.insert(cells[0].to_string());
                if !cells[1].is_empty() {
                    let gender = Gender::parse(cells[1]).ok_or_else(|| {
                        f.error(n, format!("gender {:?}: write male, female or nothing", cells[1]))
                    })?;
                    given_genders.insert(cells[0], gender);
                }
            }
        }
        let mut keys = vec![""; b.targets.len()];
        for (key, &p) in &b.patterns {
            keys[p as usize] = key.as_str();
        }
        let matcher = AliasMatcher::new(&keys);
        Ok(Gazetteer {
            entities: b.entities,
            patterns: b.patterns,
            targets: b.targets,
            matcher,
            ambiguous,
            given_names,
            given_genders,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_ascii_splits_as_str_split_does() {
        for s in ["", "|", "Kyiv", "Kyiv|Kiev", "|Kyïv||Kiev|", "a\tb|c", "||"] {
            let want: Vec<&str> = s.split('|').collect();
            assert_eq!(split_ascii(s, b'|').collect::<Vec<_>>(), want, "{s:?}");
        }
    }

    fn file(text: &str) -> DataFile {
        DataFile::new("g.tsv", text)
    }

    #[test]
    fn check_reports_every_problem_with_its_line() {
        let f = file(
            "id\tname\ttype\taliases\na:1\tKyiv\tplace\tKiev\na:1\tOdesa\tplace\t\n\
             a:2\t\tplace\t\na:3\tX\tplanet\t\na:4\tBar\tplace\tbar\n",
        );
        let problems: Vec<String> = entity_problems(&f).iter().map(|e| e.to_string()).collect();
        assert_eq!(problems.len(), 4, "{problems:?}");
        assert!(problems[0].starts_with("g.tsv:3: duplicate id a:1"));
        assert!(problems[1].starts_with("g.tsv:4: empty name"));
        assert!(problems[2].starts_with("g.tsv:5: type `planet`"));
        assert!(problems[3].contains("`bar` starts with a lower-case letter"));
    }

    #[test]
    fn big_tables_read_in_parallel_report_the_first_problem_in_file_order() {
        let mut text = String::from("id\tname\ttype\taliases\n");
        for i in 0..6000 {
            let kind = if i == 5500 || i == 300 { "planet" } else { "place" };
            text.push_str(&format!("t:{i}\tTown{i}\t{kind}\tBurg{i}\n"));
        }
        let files = GazetteerFiles { entities: vec![(0, file(&text))], ..Default::default() };
        let e = Gazetteer::build(&files).unwrap_err().to_string();
        assert!(e.starts_with("g.tsv:302: type `planet`"), "{e}");
        let ok = text.replace("planet", "place");
        let g = Gazetteer::build(&GazetteerFiles {
            entities: vec![(0, file(&ok))],
            ..Default::default()
        })
        .unwrap();
        let t = g.lookup("Burg5999", None).unwrap();
        assert_eq!(g.entities[t.entity as usize].id, "t:5999");
    }

    #[test]
    fn an_id_twice_in_one_file_is_an_error_but_a_later_folder_may_replace_it() {
        let twice = "id\tname\ttype\naa:1\tKyiv\tplace\naa:2\tLviv\tplace\naa:1\tKiev\tplace\n";
        let e = Gazetteer::build(&GazetteerFiles {
            entities: vec![(0, file(twice))],
            ..Default::default()
        })
        .unwrap_err()
        .to_string();
        assert!(e.starts_with("g.tsv:4: duplicate id aa:1 (first on line 2)"), "{e}");
        let default = file("id\tname\ttype\naa:1\tKyiv\tplace\n");
        let user = file("id\tname\ttype\naa:1\tKyiv City\tplace\n");
        let g = Gazetteer::build(&GazetteerFiles {
            entities: vec![(0, default), (1, user)],
            ..Default::default()
        })
        .unwrap();
        assert_eq!(g.entities.len(), 1);
        assert_eq!(g.entities[0].name, "Kyiv City");
    }

    #[test]
    fn later_folder_wins_the_same_alias() {
        let default = file("id\tname\ttype\tsubtype\taliases\ngeonames:1\tParis\tplace\tcity\t\n");
        let user = file("id\tname\ttype\taliases\nmy:paris-tx\tParis, Texas\tplace\tParis\n");
        let g = Gazetteer::build(&GazetteerFiles {
            entities: vec![(0, default), (1, user)],
            ..Default::default()
        })
        .unwrap();
        let t = g.lookup("Paris", None).unwrap();
        assert_eq!(g.entities[t.entity as usize].id, "my:paris-tx");
    }

    #[test]
    fn official_valid_on_the_date_wins() {
        let f = file(
            "id\tname\ttype\taliases\tvalid_from\tvalid_to\n\
             w:1\tJohn Old\tofficial\tThe Governor\t2010\t2015-06-30\n\
             w:2\tJane New\tofficial\tThe Governor\t2015-07-01\t\n",
        );
        let g = Gazetteer::build(&GazetteerFiles { entities: vec![(0, f)], ..Default::default() })
            .unwrap();
        let pick =
            |d| g.entities[g.lookup("The Governor", Some(d)).unwrap().entity as usize].id.clone();
        assert_eq!(pick("2012-01-01"), "w:1");
        assert_eq!(pick("2020-01-01"), "w:2");
    }

    #[test]
    fn countries_beat_regions_and_cities_beat_regions() {
        let f = file(
            "id\tname\ttype\tsubtype\tpopulation\n\
             g:1\tGeorgia\tplace\tadmin1\t10000000\ng:2\tGeorgia\tplace\tcountry\t3700000\n\
             g:3\tKharkiv\tplace\tadmin1\t\ng:4\tKharkiv\tplace\tcity\t1400000\n",
        );
        let g = Gazetteer::build(&GazetteerFiles { entities: vec![(0, f)], ..Default::default() })
            .unwrap();
        let id = |s| g.entities[g.lookup(s, None).unwrap().entity as usize].id.clone();
        assert_eq!(id("Georgia"), "g:2");
        assert_eq!(id("Kharkiv"), "g:4");
    }
}
