// Package orgs lists the intergovernmental organizations igo knows, with
// their names over time, founding acts, founders and seats.
//
// # Identifiers
//
// An organization is identified by an [ID], a stable upper-case code such
// as [SCO] that marshals as itself. [Parse] resolves what users type:
// acronyms, current and former names, British and American spellings and
// common press names ("IFSO" for the [IOFS], "Turkic Council" for the [OTS]).
//
// # Names over time
//
// [Org.Names] lists every name with its period: the SCO was the Shanghai
// Five from 1996 to 2001, the OTS was the Cooperation Council of Turkic
// Speaking States until 2021, and the CSTO's earlier phase is the Collective
// Security Treaty of 1992. [Org.NameOn] picks the name in force on a day.
//
// # Choosing a query
//
//   - "Which organization does the user mean?": [Parse].
//   - "What is it called, since when, and where is it?": [Lookup], then
//     [Org.Names], [Org.NameOn] and [Org.Headquarters].
//   - "Which organizations are there?": [All].
//   - "How current are its records?": [Org.VerifiedThrough]; for later days
//     a missing fact may mean "not recorded" rather than "no".
//
// Membership, chairs and events are in the packages member, chair and
// timeline, keyed by the same [ID].
//
// # Data
//
// The tables are generated from internal/data at [igo.DataVersion]; every
// record lists its sources. All functions are safe for concurrent use.
package orgs
