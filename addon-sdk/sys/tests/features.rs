//! The `napiN` features form a chain and `NAPI_VERSION` follows it.
//! Run under several feature sets (`--features napi3`, `--all-features`, none).

use rnode_napi_sys::{NAPI_VERSION, NAPI_VERSION_MAX, functions};

const ENABLED: [bool; 10] = [
    cfg!(feature = "napi1"),
    cfg!(feature = "napi2"),
    cfg!(feature = "napi3"),
    cfg!(feature = "napi4"),
    cfg!(feature = "napi5"),
    cfg!(feature = "napi6"),
    cfg!(feature = "napi7"),
    cfg!(feature = "napi8"),
    cfg!(feature = "napi9"),
    cfg!(feature = "napi10"),
];

#[test]
#[allow(
    clippy::absurd_extreme_comparisons,
    reason = "NAPI_VERSION is 0 when no feature is on"
)]
fn each_feature_enables_the_previous_ones() {
    let enabled: Vec<u32> = (1..=10).filter(|v| ENABLED[*v as usize - 1]).collect();
    let expected: Vec<u32> = (1..=10).take_while(|v| *v <= NAPI_VERSION).collect();
    assert_eq!(enabled, expected, "NAPI_VERSION is {NAPI_VERSION}");
}

#[test]
fn every_version_introduced_functions() {
    assert_eq!(NAPI_VERSION_MAX as usize, ENABLED.len());
    for version in 1..=NAPI_VERSION_MAX {
        assert!(
            functions().any(|f| f.version == version),
            "no function of Node-API {version} in the tables"
        );
    }
    assert!(functions().all(|f| (1..=NAPI_VERSION_MAX).contains(&f.version)));
}
