//! Pages about the site itself: help, the accessibility statement, privacy, and the display
//! settings (larger text, high contrast) that work without JavaScript.

pub mod pages;
