// Package charts draws claims as newsroom charts: the same figure for the
// same subject as reported by different articles, and figures over time.
//
// There are four kinds:
//
//   - Compare: one comparison group, a row per article with a dot at the
//     stated figure and a bar for the interval its rounding and wording
//     allow, coloured by how it stands against the other articles;
//   - Shares: shares of a whole for one metric across subjects, as sorted
//     horizontal bars from zero, each labelled with its value;
//   - Timeline: one subject's metric over three or more periods;
//   - Overview: claims per subject, the top 15 as sorted bars.
//
// Every chart has a title that states the finding (see the XxxLabels
// functions, whose texts also serve as captions), a subtitle with metric,
// unit and period, units on the axis, a source line at the bottom and a
// legend above the data; text is Liberation Sans, long labels are cut
// with an ellipsis and the height follows the number of rows.
//
// Charts are rendered to an io.Writer, as PNG at twice screen resolution
// or as SVG; the command line decides where they go. The package imports
// stats only (and its plotting library, gonum.org/v1/plot); it never
// imports data, reports or cmd.
//
// The tests compare the examples' images with testdata/*_golden.png;
// go test ./charts -regen rewrites the goldens.
package charts
