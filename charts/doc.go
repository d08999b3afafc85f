// Package charts draws claims as charts: the same figure for the same
// subject as reported by different articles, and figures over time.
//
// Charts are rendered to an io.Writer (PNG or SVG); the command line
// decides where they go. The package imports stats only (and its plotting
// library); it never imports data, reports or cmd.
package charts
