//! Flattening a row struct into cells, so that every tabular writer gets the
//! same columns from the same serde struct, and knows which cells are text
//! (formula guard, quoting) and which are numbers.

use std::fmt::Write as _;

use serde::ser::{self, Impossible, Serialize};

/// What a cell holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CellKind {
    /// Text from the article or a data file.
    Text,
    /// A number.
    Number,
    /// Nothing (`None`).
    Empty,
}

/// Where a row's cells go, one by one, in column order: a buffer
/// ([`Cells`]) or a table writer that writes each straight out (no copy in
/// between: the writer formats every row of every table).
pub trait CellOut {
    /// The next column's name (ignored by writers that know their header).
    fn name(&mut self, _key: &'static str) {}
    /// A text cell.
    fn text(&mut self, s: &str) -> Result<(), CellError>;
    /// A number cell, already formatted.
    fn number(&mut self, s: &str) -> Result<(), CellError>;
    /// An empty cell (`None`).
    fn empty(&mut self) -> Result<(), CellError>;
}

/// Serialises a row (a flat struct of strings, numbers and options of them)
/// into `out`, cell by cell.
///
/// ```
/// use gazette::output::{write_cells, Cells, CellKind};
/// #[derive(serde::Serialize)]
/// struct Row { name: String, count: u32 }
/// let mut cells = Cells::default();
/// write_cells(&Row { name: "Kyiv".into(), count: 3 }, &mut cells)?;
/// assert_eq!(cells.iter().collect::<Vec<_>>(), [("Kyiv", CellKind::Text), ("3", CellKind::Number)]);
/// # Ok::<(), gazette::output::CellError>(())
/// ```
pub fn write_cells<T: Serialize + ?Sized, O: CellOut>(
    row: &T,
    out: &mut O,
) -> Result<(), CellError> {
    row.serialize(RowSerializer { out })
}

/// One row's cells, reusing its buffers from row to row.
///
/// ```
/// use gazette::output::{Cells, CellKind};
/// #[derive(serde::Serialize)]
/// struct Row { name: String, count: u32, note: Option<String> }
/// let mut cells = Cells::default();
/// cells.fill(&Row { name: "Kyiv".into(), count: 3, note: None })?;
/// let got: Vec<_> = cells.iter().collect();
/// assert_eq!(got, [("Kyiv", CellKind::Text), ("3", CellKind::Number), ("", CellKind::Empty)]);
/// assert_eq!(cells.names(), ["name", "count", "note"]);
/// # Ok::<(), gazette::output::CellError>(())
/// ```
#[derive(Debug, Default)]
pub struct Cells {
    buf: String,
    cells: Vec<(usize, usize, CellKind)>,
    names: Vec<&'static str>,
}

impl Cells {
    /// Replaces the cells with those of `row` (a struct of strings, numbers
    /// and options of them).
    pub fn fill<T: Serialize>(&mut self, row: &T) -> Result<(), CellError> {
        self.buf.clear();
        self.cells.clear();
        self.names.clear();
        write_cells(row, self)
    }

    /// The cells, as text and kind.
    pub fn iter(&self) -> impl Iterator<Item = (&str, CellKind)> + '_ {
        self.cells.iter().map(|&(a, b, k)| (&self.buf[a..b], k))
    }

    /// The field names, in order.
    pub fn names(&self) -> &[&'static str] {
        &self.names
    }

    fn push(&mut self, s: &str, kind: CellKind) {
        let a = self.buf.len();
        self.buf.push_str(s);
        self.cells.push((a, self.buf.len(), kind));
    }
}

impl CellOut for Cells {
    fn name(&mut self, key: &'static str) {
        self.names.push(key);
    }
    fn text(&mut self, s: &str) -> Result<(), CellError> {
        self.push(s, CellKind::Text);
        Ok(())
    }
    fn number(&mut self, s: &str) -> Result<(), CellError> {
        self.push(s, CellKind::Number);
        Ok(())
    }
    fn empty(&mut self) -> Result<(), CellError> {
        self.push("", CellKind::Empty);
        Ok(())
    }
}

/// A row type that is not a flat struct of strings and numbers.
#[derive(Debug)]
pub struct CellError(String);

impl std::fmt::Display for CellError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}
impl std::error::Error for CellError {}

impl CellError {
    /// An error with this message.
    pub fn new(message: impl Into<String>) -> Self {
        CellError(message.into())
    }
}
impl ser::Error for CellError {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        CellError(msg.to_string())
    }
}

fn unsupported<T>(what: &str) -> Result<T, CellError> {
    Err(CellError(format!("a table cell cannot hold {what}")))
}

struct RowSerializer<'a, O> {
    out: &'a mut O,
}

impl<'a, O: CellOut> ser::SerializeStruct for RowSerializer<'a, O> {
    type Ok = ();
    type Error = CellError;
    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), CellError> {
        self.out.name(key);
        value.serialize(CellSerializer { out: &mut *self.out })
    }
    fn end(self) -> Result<(), CellError> {
        Ok(())
    }
}

macro_rules! not_a_row {
    ($($method:ident($($arg:ty),*) -> $ret:ty;)*) => {
        $(fn $method(self, $(_: $arg),*) -> Result<$ret, CellError> { unsupported("that") })*
    };
}

impl<'a, O: CellOut> ser::Serializer for RowSerializer<'a, O> {
    type Ok = ();
    type Error = CellError;
    type SerializeSeq = Impossible<(), CellError>;
    type SerializeTuple = Impossible<(), CellError>;
    type SerializeTupleStruct = Impossible<(), CellError>;
    type SerializeTupleVariant = Impossible<(), CellError>;
    type SerializeMap = Impossible<(), CellError>;
    type SerializeStruct = Self;
    type SerializeStructVariant = Impossible<(), CellError>;

    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self, CellError> {
        Ok(self)
    }
    not_a_row! {
        serialize_bool(bool) -> ();
        serialize_i8(i8) -> (); serialize_i16(i16) -> (); serialize_i32(i32) -> (); serialize_i64(i64) -> ();
        serialize_u8(u8) -> (); serialize_u16(u16) -> (); serialize_u32(u32) -> (); serialize_u64(u64) -> ();
        serialize_f32(f32) -> (); serialize_f64(f64) -> (); serialize_char(char) -> ();
        serialize_str(&str) -> (); serialize_bytes(&[u8]) -> (); serialize_none() -> (); serialize_unit() -> ();
        serialize_unit_struct(&'static str) -> ();
        serialize_unit_variant(&'static str, u32, &'static str) -> ();
        serialize_seq(Option<usize>) -> Self::SerializeSeq;
        serialize_tuple(usize) -> Self::SerializeTuple;
        serialize_tuple_struct(&'static str, usize) -> Self::SerializeTupleStruct;
        serialize_tuple_variant(&'static str, u32, &'static str, usize) -> Self::SerializeTupleVariant;
        serialize_map(Option<usize>) -> Self::SerializeMap;
        serialize_struct_variant(&'static str, u32, &'static str, usize) -> Self::SerializeStructVariant;
    }
    fn serialize_some<T: ?Sized + Serialize>(self, _: &T) -> Result<(), CellError> {
        unsupported("an option as a row")
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        v: &T,
    ) -> Result<(), CellError> {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), CellError> {
        unsupported("an enum as a row")
    }
}

struct CellSerializer<'a, O> {
    out: &'a mut O,
}

macro_rules! number {
    ($($method:ident($t:ty);)*) => {
        $(fn $method(self, v: $t) -> Result<(), CellError> {
            // Without the formatting machinery: rows hold several integers
            // (offsets, counts) and the writer formats every one.
            self.out.number(itoa::Buffer::new().format(v))
        })*
    };
}

impl<'a, O: CellOut> ser::Serializer for CellSerializer<'a, O> {
    type Ok = ();
    type Error = CellError;
    type SerializeSeq = Impossible<(), CellError>;
    type SerializeTuple = Impossible<(), CellError>;
    type SerializeTupleStruct = Impossible<(), CellError>;
    type SerializeTupleVariant = Impossible<(), CellError>;
    type SerializeMap = Impossible<(), CellError>;
    type SerializeStruct = Impossible<(), CellError>;
    type SerializeStructVariant = Impossible<(), CellError>;

    number! {
        serialize_i8(i8); serialize_i16(i16); serialize_i32(i32); serialize_i64(i64);
        serialize_u8(u8); serialize_u16(u16); serialize_u32(u32); serialize_u64(u64);
    }
    fn serialize_f32(self, v: f32) -> Result<(), CellError> {
        self.serialize_f64(v as f64)
    }
    fn serialize_f64(self, v: f64) -> Result<(), CellError> {
        if v.is_finite() {
            let mut s = String::new();
            write!(s, "{v}").expect("writing to a String cannot fail");
            self.out.number(&s)
        } else {
            self.serialize_none()
        }
    }
    fn serialize_bool(self, v: bool) -> Result<(), CellError> {
        self.out.text(if v { "true" } else { "false" })
    }
    fn serialize_char(self, v: char) -> Result<(), CellError> {
        self.out.text(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> Result<(), CellError> {
        self.out.text(v)
    }
    fn serialize_none(self) -> Result<(), CellError> {
        self.out.empty()
    }
    fn serialize_unit(self) -> Result<(), CellError> {
        self.serialize_none()
    }
    fn serialize_some<T: ?Sized + Serialize>(self, v: &T) -> Result<(), CellError> {
        v.serialize(self)
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        v: &T,
    ) -> Result<(), CellError> {
        v.serialize(self)
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), CellError> {
        self.serialize_str(variant)
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<(), CellError> {
        unsupported("bytes")
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), CellError> {
        self.serialize_none()
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), CellError> {
        unsupported("an enum with data")
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, CellError> {
        unsupported("a list")
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, CellError> {
        unsupported("a tuple")
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, CellError> {
        unsupported("a tuple")
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, CellError> {
        unsupported("a tuple")
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, CellError> {
        unsupported("a map")
    }
    fn serialize_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStruct, CellError> {
        unsupported("a nested struct")
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, CellError> {
        unsupported("a nested struct")
    }
}
