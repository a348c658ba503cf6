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
// The built-in timeline is derived on first use, not at start-up. [NewTable]
// derives a timeline from your own member and chair tables.
//
// All functions and Table methods are safe for concurrent use.
package timeline
