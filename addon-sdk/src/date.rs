//! `Date`: JavaScript dates as milliseconds since the Unix epoch.

use crate::env::Env;
use crate::error::{Error, Expected, Result};
use crate::sys;
use crate::value::{JsValue, wrong_type};
use crate::{FromJs, ToJs, TypeName};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// A JavaScript `Date`: its time value in milliseconds since 1970-01-01 UTC (`NaN` for an invalid date).
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
pub struct Date {
    pub millis: f64,
}

impl Date {
    pub fn from_millis(millis: f64) -> Self {
        Date { millis }
    }

    /// The date as a `SystemTime`; an error for an invalid date.
    pub fn to_system_time(self) -> Result<SystemTime> {
        if !self.millis.is_finite() {
            return Err(Error::range_error("Invalid time value").with_code("ERR_INVALID_DATE"));
        }
        let d = Duration::from_secs_f64(self.millis.abs() / 1000.0);
        Ok(if self.millis >= 0.0 {
            UNIX_EPOCH + d
        } else {
            UNIX_EPOCH - d
        })
    }
}

impl From<SystemTime> for Date {
    fn from(t: SystemTime) -> Self {
        let millis = match t.duration_since(UNIX_EPOCH) {
            Ok(d) => d.as_secs_f64() * 1000.0,
            Err(e) => -(e.duration().as_secs_f64() * 1000.0),
        };
        Date { millis }
    }
}

impl TypeName for Date {
    const TS_TYPE: &'static str = "Date";
    fn expected(out: &mut Expected) {
        out.instance("Date");
    }
}

impl FromJs for Date {
    fn from_js(value: JsValue) -> Result<Self> {
        let mut millis = 0.0;
        // SAFETY: `value` is a live handle; a non-date fails with a status.
        match unsafe { sys::napi_get_date_value(value.env().raw(), value.raw(), &mut millis) } {
            sys::napi_ok => Ok(Date { millis }),
            _ => Err(wrong_type::<Date>(value)),
        }
    }
}

impl ToJs for Date {
    fn to_js(self, env: &Env) -> Result<JsValue> {
        let mut out = std::ptr::null_mut();
        // SAFETY: `env` is the live env.
        env.check(unsafe { sys::napi_create_date(env.raw(), self.millis, &mut out) })?;
        Ok(JsValue::handle(*env, out))
    }
}
