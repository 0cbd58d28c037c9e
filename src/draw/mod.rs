//! draw: what cards and kit documents share below their own logic. Text measured with the
//! brand fonts and laid out (`layout`: wrap, shrink, script runs; `compose`: a column of
//! paragraphs), and one parsed usvg tree drawn to PDF and to a PNG preview (`pdf`).

pub mod compose;
pub mod layout;
pub mod pdf;
pub mod raster;
pub mod tagged;
