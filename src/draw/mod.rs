//! draw: what cards and kit documents share below their own logic. Text measured with the
//! brand fonts and laid out (`layout`: wrap, shrink; `runs`: a line's fonts placed in visual
//! order; `compose`: a column of paragraphs), and one parsed usvg tree drawn to PDF and to a
//! PNG preview (`pdf`).

pub mod compose;
pub mod layout;
pub mod pdf;
pub mod raster;
pub mod runs;
pub mod tagged;
pub mod video;
