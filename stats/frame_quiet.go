package stats

// hasClaims reports whether any quantity of the sentence (x.qs) is a claim.
func (x *extractor) hasClaims() bool {
	for qi := range x.qs {
		if !x.qs[qi].skip {
			return true
		}
	}
	return false
}

// quietSentence does for sentence si, which has no claims, what the
// sentences after it read of it: its subject becomes the current one, and
// a period it opens with the article's ("November saw an improvement").
// (Half the sentences have no claims: they skip the frame rules' setup,
// prepareSubjects, linkPeriods and the per-claim arrays.)
func (x *extractor) quietSentence(si int, s sentence, ctx *articleContext) {
	x.sentencePMs(si)
	x.sentA = s.a
	if e := x.sentenceSubject(si); e != nil {
		ctx.current = e
	}
	x.openingPeriod(ctx)
}
