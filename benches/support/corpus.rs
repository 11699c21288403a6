//! A synthetic corpus of CRM-style observations shared by the Recall benches.

pub const SUBJECTS: [&str; 12] = [
    "Customer",
    "The client",
    "Caller",
    "She",
    "He",
    "The account holder",
    "Buyer",
    "Member",
    "User",
    "Subscriber",
    "Guest",
    "Patron",
];
pub const VERBS: [&str; 12] = [
    "prefers",
    "asked about",
    "complained about",
    "wants",
    "reported",
    "mentioned",
    "cancelled",
    "upgraded",
    "returned",
    "ordered",
    "disputed",
    "praised",
];
pub const OBJECTS: [&str; 24] = [
    "SMS updates",
    "email receipts",
    "the premium plan",
    "a refund",
    "late delivery",
    "the blue kettle",
    "weekend appointments",
    "paperless billing",
    "the loyalty card",
    "a damaged parcel",
    "the mobile app",
    "express shipping",
    "the gift wrapping",
    "morning calls",
    "a payment plan",
    "the warranty",
    "store pickup",
    "the winter jacket",
    "a price match",
    "two-factor login",
    "the family bundle",
    "international roaming",
    "the vegetarian menu",
    "a larger size",
];
pub const TAILS: [&str; 10] = [
    "last week",
    "twice this month",
    "on the phone",
    "via chat",
    "in store",
    "after the outage",
    "before travelling",
    "for the third time",
    "politely",
    "with some frustration",
];

pub fn sentence(i: usize) -> String {
    format!(
        "{} {} {} {} (order #{})",
        SUBJECTS[i % 12],
        VERBS[(i / 12) % 12],
        OBJECTS[(i * 7) % 24],
        TAILS[(i * 3) % 10],
        1000 + i
    )
}
