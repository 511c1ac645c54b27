//! `Either<A, B>`: an argument that accepts two types.

use crate::env::Env;
use crate::error::{Error, Expected, Result};
use crate::value::JsValue;
use crate::{FromJs, ToJs, TypeName};

/// One of two types. As an argument it tries `A`, then `B`; if neither fits, the `TypeError` names both
/// (`must be one of type string or number`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Either<A, B> {
    A(A),
    B(B),
}

impl<A: TypeName, B: TypeName> TypeName for Either<A, B> {
    const TS_TYPE: &'static str = "unknown";
    fn expected(out: &mut Expected) {
        A::expected(out);
        B::expected(out);
    }
}

impl<A: FromJs, B: FromJs> FromJs for Either<A, B> {
    fn from_js(value: JsValue) -> Result<Self> {
        let first = match A::from_js(value) {
            Ok(a) => return Ok(Either::A(a)),
            Err(e) => e,
        };
        if first.code() != Some("ERR_INVALID_ARG_TYPE") {
            return Err(first);
        }
        match B::from_js(value) {
            Ok(b) => Ok(Either::B(b)),
            Err(e) if e.code() == Some("ERR_INVALID_ARG_TYPE") => {
                Err(Error::invalid_type::<Self>(value))
            }
            Err(e) => Err(e),
        }
    }
}

impl<A: ToJs, B: ToJs> ToJs for Either<A, B> {
    fn to_js(self, env: &Env) -> Result<JsValue> {
        match self {
            Either::A(a) => a.to_js(env),
            Either::B(b) => b.to_js(env),
        }
    }
}
