//! Word .docx (lands in the next commit).
use super::{DecodeError, Decoded};
pub fn decode(_: &[u8]) -> Result<Decoded, DecodeError> {
    Err(DecodeError::Unsupported {
        format: "Word (.docx)",
    })
}
