// Package reports writes claims into reports for people: an Excel workbook
// for analysts and the index.html page that presents the charts and the
// comparison groups.
//
// Workbook writes the sheets Summary, Claims, Articles, Comparisons and
// Charts. Claims come through an iterator and are streamed to the sheet,
// so a million claims take constant memory; number formats follow each
// claim's unit (percent figures keep their value and show a % sign). Text
// that came from articles is always written as text, never as a formula,
// whatever it starts with (= + - @ tab CR); only http(s) and mailto URLs
// become links.
//
// IndexHTML writes a self-contained page with html/template, which escapes
// everything that came from articles.
//
// Reports are written to an io.Writer. The package imports stats only (and
// its spreadsheet library); it never imports data, charts or cmd. Charts to
// embed are rendered by the command line and passed in as PNG bytes.
//
// The tests compare the workbook's cells and the page with files in
// testdata; go test ./reports -update rewrites them.
package reports
