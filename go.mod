module github.com/tradestats/tradestats

go 1.26
