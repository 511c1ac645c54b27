//! `BigInt`: arbitrary-size JavaScript bigints, and `u64`/`i128`/`u128` converted as bigints.

use crate::env::Env;
use crate::error::{Error, Expected, Result};
use crate::sys;
use crate::value::{JsValue, wrong_type};
use crate::{FromJs, ToJs, TypeName};
use std::ptr;

/// A JavaScript bigint as sign and magnitude (64-bit words, least significant first).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct BigInt {
    pub negative: bool,
    pub words: Vec<u64>,
}

impl BigInt {
    /// The value as an `i128`, if it fits.
    pub fn to_i128(&self) -> Option<i128> {
        let magnitude = self.to_u128_magnitude()?;
        if self.negative {
            if magnitude <= i128::MAX as u128 + 1 {
                Some((magnitude as i128).wrapping_neg())
            } else {
                None
            }
        } else {
            i128::try_from(magnitude).ok()
        }
    }

    /// The value as a `u128`, if it fits.
    pub fn to_u128(&self) -> Option<u128> {
        let magnitude = self.to_u128_magnitude()?;
        if self.negative && magnitude != 0 {
            None
        } else {
            Some(magnitude)
        }
    }

    /// The value as an `i64`, if it fits.
    pub fn to_i64(&self) -> Option<i64> {
        self.to_i128().and_then(|v| i64::try_from(v).ok())
    }

    /// The value as a `u64`, if it fits.
    pub fn to_u64(&self) -> Option<u64> {
        self.to_u128().and_then(|v| u64::try_from(v).ok())
    }

    fn to_u128_magnitude(&self) -> Option<u128> {
        let significant = self
            .words
            .iter()
            .rposition(|w| *w != 0)
            .map_or(0, |i| i + 1);
        match &self.words[..significant] {
            [] => Some(0),
            [lo] => Some(u128::from(*lo)),
            [lo, hi] => Some(u128::from(*lo) | (u128::from(*hi) << 64)),
            _ => None,
        }
    }
}

impl From<i128> for BigInt {
    fn from(v: i128) -> Self {
        let m = v.unsigned_abs();
        BigInt {
            negative: v < 0,
            words: vec![m as u64, (m >> 64) as u64],
        }
    }
}

impl From<u128> for BigInt {
    fn from(v: u128) -> Self {
        BigInt {
            negative: false,
            words: vec![v as u64, (v >> 64) as u64],
        }
    }
}

impl From<i64> for BigInt {
    fn from(v: i64) -> Self {
        BigInt::from(i128::from(v))
    }
}

impl From<u64> for BigInt {
    fn from(v: u64) -> Self {
        BigInt::from(u128::from(v))
    }
}

impl TypeName for BigInt {
    const TS_TYPE: &'static str = "bigint";
    fn expected(out: &mut Expected) {
        out.type_name("bigint");
    }
}

impl FromJs for BigInt {
    fn from_js(value: JsValue) -> Result<Self> {
        let env = value.env();
        let mut sign = 0;
        let mut count = 0usize;
        // SAFETY: null sign and word buffers ask for the word count only; a non-bigint fails with a status.
        let status = unsafe {
            sys::napi_get_value_bigint_words(
                env.raw(),
                value.raw(),
                ptr::null_mut(),
                &mut count,
                ptr::null_mut(),
            )
        };
        if status != sys::napi_ok {
            return Err(wrong_type::<BigInt>(value));
        }
        let mut words = vec![0u64; count];
        // SAFETY: `words` has room for `count` words.
        env.check(unsafe {
            sys::napi_get_value_bigint_words(
                env.raw(),
                value.raw(),
                &mut sign,
                &mut count,
                words.as_mut_ptr(),
            )
        })?;
        words.truncate(count);
        Ok(BigInt {
            negative: sign != 0,
            words,
        })
    }
}

impl ToJs for BigInt {
    fn to_js(self, env: &Env) -> Result<JsValue> {
        let mut out = ptr::null_mut();
        let words: &[u64] = if self.words.is_empty() {
            &[0]
        } else {
            &self.words
        };
        // SAFETY: `words` holds `words.len()` words.
        env.check(unsafe {
            sys::napi_create_bigint_words(
                env.raw(),
                i32::from(self.negative),
                words.len(),
                words.as_ptr(),
                &mut out,
            )
        })?;
        Ok(JsValue::handle(*env, out))
    }
}

macro_rules! via_bigint {
    ($($t:ty, $to:ident;)*) => {$(
        impl TypeName for $t {
            const TS_TYPE: &'static str = "bigint";
            fn expected(out: &mut Expected) {
                out.type_name("bigint");
            }
        }

        /// Lossless: a bigint outside the type's range is a `RangeError` (`ERR_OUT_OF_RANGE`).
        impl FromJs for $t {
            fn from_js(value: JsValue) -> Result<Self> {
                let big = BigInt::from_js(value).map_err(|_| wrong_type::<$t>(value))?;
                big.$to().ok_or_else(|| {
                    Error::range_error(format!(
                        "The value is out of range. It must be >= {} and <= {}. Received {}",
                        <$t>::MIN, <$t>::MAX, crate::error::inspect(value)
                    ))
                    .with_code("ERR_OUT_OF_RANGE")
                })
            }
        }

        impl ToJs for $t {
            fn to_js(self, env: &Env) -> Result<JsValue> {
                BigInt::from(self).to_js(env)
            }
        }
    )*};
}

via_bigint! {
    u64, to_u64;
    i128, to_i128;
    u128, to_u128;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_words() {
        for v in [0i128, 1, -1, i128::MAX, i128::MIN, 1 << 64, -(1 << 70)] {
            assert_eq!(BigInt::from(v).to_i128(), Some(v), "{v}");
        }
        assert_eq!(BigInt::from(u128::MAX).to_u128(), Some(u128::MAX));
        assert_eq!(BigInt::from(u128::MAX).to_i128(), None);
        assert_eq!(BigInt::from(-1i64).to_u64(), None);
        assert_eq!(BigInt::from(u64::MAX).to_u64(), Some(u64::MAX));
        let big = BigInt {
            negative: false,
            words: vec![0, 0, 1],
        };
        assert_eq!(big.to_u128(), None);
    }
}
