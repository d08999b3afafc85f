package stats

// Word classes of the quantity grammar (bits 1<<50 .. 1<<55 of lexClass),
// found once per token by the tokenizer.

const (
	lxWeb lexClass = 1 << 50 // "http", "https", "www": a web address starts
)

func init() {
	lexPartSets[lxWeb] = func() []string { return []string{"http", "https", "www"} }
}
