//! PDF text layer (lands in a later commit).
use super::{DecodeError, Decoded};
pub fn decode(_: &[u8]) -> Result<Decoded, DecodeError> {
    Err(DecodeError::Unsupported { format: "PDF" })
}
