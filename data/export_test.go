package data

// SetExtraDSN adds s to the data source names of the databases opened
// until the returned function is called (see extraDSN).
func SetExtraDSN(s string) (restore func()) {
	old := extraDSN
	extraDSN = s
	return func() { extraDSN = old }
}
