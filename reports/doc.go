// Package reports writes claims into reports for people: workbooks and
// summary tables comparing what different articles say about the same
// subject and metric.
//
// Reports are written to an io.Writer. The package imports stats only (and
// its spreadsheet library); it never imports data, charts or cmd. Charts to
// embed are rendered by the command line and passed in as images.
package reports
