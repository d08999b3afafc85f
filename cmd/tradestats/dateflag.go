package main

import (
	"time"

	"github.com/spf13/pflag"
)

// dateFlag defines --date on fs: the date of inputs that carry none.
func dateFlag(fs *pflag.FlagSet, date *string) {
	fs.StringVar(date, "date", "", "the date (`YYYY-MM-DD`) of articles that carry none; an article's own date wins")
}

// checkDate checks the value of --date: "" or a date YYYY-MM-DD.
func checkDate(date string) error {
	if date == "" {
		return nil
	}
	if _, err := time.Parse(time.DateOnly, date); err != nil {
		return usageErrorf("--date %q: want a date as YYYY-MM-DD (2024-04-12)", date)
	}
	return nil
}

// publisherFlag defines --publisher on fs: the publisher of inputs that
// name none.
func publisherFlag(fs *pflag.FlagSet, publisher *string) {
	fs.StringVar(publisher, "publisher", "", "the publisher (`NAME`) of articles that name none; an article's own wins")
}
