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
        row.serialize(RowSerializer { cells: self })
    }

    /// The cells, as text and kind.
    pub fn iter(&self) -> impl Iterator<Item = (&str, CellKind)> + '_ {
        self.cells.iter().map(|&(a, b, k)| (&self.buf[a..b], k))
    }

    /// The field names, in order.
    pub fn names(&self) -> &[&'static str] {
        &self.names
    }

    fn push_text(&mut self, s: &str) {
        let a = self.buf.len();
        self.buf.push_str(s);
        self.cells.push((a, self.buf.len(), CellKind::Text));
    }

    /// An integer, written without the formatting machinery: rows hold
    /// several (offsets, counts, numbers) and the writer formats every one.
    fn push_integer(&mut self, v: impl itoa::Integer) {
        let a = self.buf.len();
        self.buf.push_str(itoa::Buffer::new().format(v));
        self.cells.push((a, self.buf.len(), CellKind::Number));
    }

    fn push_display(&mut self, v: impl std::fmt::Display) {
        let a = self.buf.len();
        write!(self.buf, "{v}").expect("writing to a String cannot fail");
        self.cells.push((a, self.buf.len(), CellKind::Number));
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
impl ser::Error for CellError {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        CellError(msg.to_string())
    }
}

fn unsupported<T>(what: &str) -> Result<T, CellError> {
    Err(CellError(format!("a table cell cannot hold {what}")))
}

struct RowSerializer<'a> {
    cells: &'a mut Cells,
}

impl<'a> ser::SerializeStruct for RowSerializer<'a> {
    type Ok = ();
    type Error = CellError;
    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), CellError> {
        self.cells.names.push(key);
        value.serialize(CellSerializer { cells: self.cells })
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

impl<'a> ser::Serializer for RowSerializer<'a> {
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

struct CellSerializer<'a> {
    cells: &'a mut Cells,
}

macro_rules! number {
    ($($method:ident($t:ty);)*) => {
        $(fn $method(self, v: $t) -> Result<(), CellError> { self.cells.push_integer(v); Ok(()) })*
    };
}

impl<'a> ser::Serializer for CellSerializer<'a> {
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
            self.cells.push_display(v);
        } else {
            self.serialize_none()?;
        }
        Ok(())
    }
    fn serialize_bool(self, v: bool) -> Result<(), CellError> {
        self.cells.push_text(if v { "true" } else { "false" });
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<(), CellError> {
        self.cells.push_text(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), CellError> {
        self.cells.push_text(v);
        Ok(())
    }
    fn serialize_none(self) -> Result<(), CellError> {
        let at = self.cells.buf.len();
        self.cells.cells.push((at, at, CellKind::Empty));
        Ok(())
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
