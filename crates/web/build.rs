// Translations are compiled into the binary: rebuild when a Fluent file changes.
fn main() {
    println!("cargo:rerun-if-changed=locales");
}
