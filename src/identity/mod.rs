//! Identity resolution: normalisation, matching rules, merging profiles (SPEC 2.4).

pub mod normalize;
