// Package stats holds the tradestats domain (Article, Claim, Unit, Approx,
// Change) and the extraction pipeline that turns article text into claims.
//
// The pipeline runs in four stages over one article:
//
//	tokenize  text → tokens with byte offsets (words, numbers, symbols)
//	sentences tokens → sentences (abbreviations, decimals and headlines aware)
//	grammar   tokens → quantity expressions (digits, number words, scales,
//	          currencies, percent, units of measure, ranges, ordinals,
//	          multiples; grammar*.go, units.go), less what is no claim
//	          (notclaim.go)
//	attribute each quantity → subject, metric, item, period, change
//
// The first two stages run as one call (tokenizeSentences): a pass over
// the text reads the tokens, then a pass over the tokens splits the
// sentences. The first also gives each word its classes: the hot word
// lists it is on, found once by a lookup in a packed table (lexclass.go),
// so that the later passes over every token test bits instead of looking
// words up in maps. Those passes
// (clause index, gazetteer and proper names, quantity starts, periods) turn
// most tokens away with such a test; the grammar and attribution do their
// real work only at figures, number words and named entities.
//
// The package imports only the standard library; it is the contract every
// other tradestats package builds on (see ../shared/docs/claims.md).
package stats
