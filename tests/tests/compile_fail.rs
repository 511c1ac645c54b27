//! Misuse of the addon macros must fail to compile with a message at the offending span. The expected
//! compiler output lives next to each case in `tests/ui/*.stderr`; regenerate after an intended change with
//! `TRYBUILD=overwrite cargo test -p rnode-tests --test compile_fail` and review the diff.

#[test]
fn macro_misuse_fails_to_compile() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("ui/*.rs");
}
