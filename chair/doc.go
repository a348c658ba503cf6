// Package chair reports who held an organization's rotating chair, when, and
// with which declared priorities, and who held its leadership posts.
//
// # Bodies and roles
//
// What rotates differs between organizations: the chair of the SCO's
// Council of Heads of State, the CSTO's Collective Security Council, the
// IOFS General Assembly and Executive Board, the presidency of IFAS. Each is
// a [Body] with Role [Chair]. Leadership posts that are not chairmanships
// (a Secretary-General, a Director-General) are bodies with Role [Post]:
// they are held by a person and are never reported by [ChairedBy]. Each
// organization has one principal body, whose chair [At] reports. A joint
// body ([Body].Joint) is held by several parties at once (co-chairs, the EU
// Council's trios): [Holders] lists who held it on a day.
//
// # Terms
//
// A [Term] runs over a half-open [igo.Period]: the chair hands over on the
// day the next term begins. A term announced but not yet confirmed as held
// is Scheduled; one whose dates were derived from the rotation rule rather
// than read in a source is Inferred, with the rule. [Term.Priorities] lists
// the chair's declared priorities and initiatives, and [Term.Motto] its
// motto, letters expanded as the official source does (TURKTIME).
//
// # Choosing a query
//
//   - "Which organizations did Kazakhstan chair in 2024?": [ChairedBy].
//   - "Who chaired the SCO on 2024-07-05?": [At]; another body: [AtBody].
//   - "Who co-chaired a joint body on a day?": [Holders], for any body.
//   - "Who has chaired the CSTO since 2014?": [History].
//
// # Dates, sources and data version
//
// Term dates keep their source's precision: a term known to start "2024"
// counts from 1 January 2024, and its Period says so. Every built-in term,
// priority and motto lists its sources, and [Term.Alternatives] the values
// other sources give. The built-in table is the data at [igo.DataVersion],
// compiled in. The igo command answers the same questions
// (igo chairs --country KZ --year 2024).
//
// # Your own data
//
// [NewTable] builds a [Table] from your own bodies and terms; the
// package-level functions query the built-in table, [Default].
//
// All functions and Table methods are safe for concurrent use.
package chair
