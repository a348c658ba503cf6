// Package member reports which parties belonged to which organization, in
// which tier and standing, on any day.
//
// # Tiers and standing
//
// A party takes part in an organization in a [Tier]: [Member], [Associate],
// [Observer], [DialoguePartner], [Partner]. [Acceding] and [Applicant]
// describe a process under way, which runs alongside the party's standing
// tier: Belarus was an SCO observer while its accession was under way from
// 2022 to 2024. A member's [Standing] may be [Suspended] or [Frozen] while
// it stays a member (Armenia in the CSTO from 2024). [Unknown] marks a spell
// that a loaded dataset records as missing data (the Correlates of War's -9,
// see package member/cow); the built-in data never uses it.
//
// # Spells and periods
//
// The data is a list of spells ([Membership]): one party, one tier and
// standing, one half-open [igo.Period]. A change of tier ends one spell and
// starts the next on the same day. Dates keep their source's precision; a
// spell that starts "2016" counts from 1 January 2016.
//
// # Choosing a query
//
//   - "Was Belarus a member or an observer on 2024-07-05?": [TierOf], or
//     [Status] for the whole spell with its standing and sources.
//   - "Who were the parties on that day?": [Of].
//   - "Which organizations did Kazakhstan belong to on that day?": [OfCountry].
//   - "How did Iran's standing change over time?": [History].
//
// [TierOf] returns [None] both for "not a party" and for dates the data
// does not cover: a date outside the organization's [orgs.Org.Period], or
// after its [orgs.Org.VerifiedThrough] date (up to which its records were
// checked), may be "not recorded" rather than "no".
//
// # Sources and data version
//
// Every built-in spell lists its sources ([Membership.Sources]) and any
// values other sources give ([Membership.Alternatives]). A spell whose start
// no source dates but which a dated list shows is Attested; one derived from
// a rule is Inferred; one announced and not yet begun is Scheduled. The
// built-in table is the data at [igo.DataVersion], compiled in: it never
// changes while a program runs. The igo command answers the same questions
// (igo members SCO --on 2024-07-05).
//
// # Your own data
//
// [NewTable] builds a [Table] from your own records, to add an organization
// or to load a larger dataset; its methods answer the same questions. The
// package-level functions query the built-in table, [Default].
//
// All functions and Table methods are safe for concurrent use.
package member
