//! Layout diagrams: a plain-text picture of which bytes a view covers.
