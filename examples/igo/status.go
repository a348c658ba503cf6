package main

import (
	"errors"
	"fmt"

	"github.com/igodata/igo"
)

var statusCmd = &command{
	name:    "status",
	flags:   "[--json]",
	summary: "what the data holds and how current it is",
	about: "Status counts the organizations, membership spells, chair terms and\n" +
		"posts, events and sources in the data, and names the organization whose\n" +
		"records were checked against the sources least recently (the oldest\n" +
		"verified-through date). igo validate --stale reports which are overdue.",
	examples: []string{"igo status", "igo status --json"},
	define:   jsonFlag,
	run: func(a *app, o *opts) error {
		if a.data.Summary == nil {
			return errors.New("this dataset gives no summary")
		}
		s := a.data.Summary()
		if o.json {
			return writeJSON(a.stdout, struct {
				DataVersion    string   `json:"data_version"`
				Organizations  int      `json:"organizations"`
				Memberships    int      `json:"memberships"`
				Terms          int      `json:"terms"`
				Events         int      `json:"events"`
				Sources        int      `json:"sources"`
				OldestVerified igo.Date `json:"oldest_verified_through"`
				OldestOrg      string   `json:"oldest_verified_org"`
			}{s.DataVersion, s.Organizations, s.Memberships, s.Terms, s.Events, s.Sources, s.OldestVerified, string(s.OldestOrg)})
		}
		tw := table(a.stdout)
		fmt.Fprintf(tw, "Data version:\t%s\n", s.DataVersion)
		fmt.Fprintf(tw, "Organizations:\t%d\n", s.Organizations)
		fmt.Fprintf(tw, "Membership spells:\t%d\n", s.Memberships)
		fmt.Fprintf(tw, "Chair terms and posts:\t%d\n", s.Terms)
		fmt.Fprintf(tw, "Events:\t%d\n", s.Events)
		fmt.Fprintf(tw, "Sources:\t%d\n", s.Sources)
		fmt.Fprintf(tw, "Oldest verified through:\t%s (%s)\n", s.OldestVerified, s.OldestOrg)
		return tw.Flush()
	},
}
