module github.com/tradestats/tradestats

go 1.26.0

require (
	github.com/biter777/countries v1.7.5
	github.com/bojanz/currency v1.4.2
	github.com/spf13/pflag v1.1.0
	golang.org/x/term v0.48.0
)

require (
	github.com/cockroachdb/apd/v3 v3.2.1 // indirect
	golang.org/x/sys v0.50.0 // indirect
)
