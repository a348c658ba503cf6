// Package timeline lists what happened in the organizations, in
// chronological order: foundings and renamings, parties joining, changing
// tier or standing and leaving, chairs and posts changing hands, summits,
// treaties and other dated events.
//
// Membership and chair events are derived from the [member] and [chair]
// tables, so they always agree with them; the others come from the
// organizations' records. [Select] filters by organization, party and
// period; a [Filter]'s zero fields select everything.
//
// Events keep their dates' precision: an event known only to the year sorts
// before every day of that year. A Scheduled event was announced and is not
// yet confirmed as held.
//
// # Choosing a query
//
//   - "What happened in the SCO in 2024?": [Select] with Org and Period
//     ([igo.Year](2024)).
//   - "What did Belarus do, in every organization?": [Select] with Country.
//   - "Everything, in order": [All].
//   - "Which record does this event come from?": [Event.Membership],
//     [Event.Term], and [Event.Sources] for its sources.
//
// # Data
//
// The built-in timeline is derived, on first use rather than at start-up,
// from the built-in member and chair tables and the organizations' records
// at [igo.DataVersion]. [NewTable]
// derives a timeline from your own member and chair tables.
//
// All functions and Table methods are safe for concurrent use.
package timeline
