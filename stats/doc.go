// Package stats holds the tradestats domain (Article, Claim, Unit, Approx,
// Change) and the extraction pipeline that turns article text into claims.
//
// The pipeline runs in four stages over one article:
//
//	tokenize  text → tokens with byte offsets (words, numbers, symbols)
//	sentences tokens → sentences (abbreviations, decimals and headlines aware)
//	grammar   tokens → quantity expressions (digits, number words, scales,
//	          currencies, percent, ranges, ordinals, multiples)
//	attribute each quantity → subject, metric, item, period, change
//
// The package imports only the standard library; it is the contract every
// other tradestats package builds on (see ../shared/docs/claims.md).
package stats
