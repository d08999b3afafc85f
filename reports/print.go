package reports

import (
	"bytes"
	"io"
	"regexp"
	"strconv"

	"github.com/xuri/excelize/v2"
)

// Print setup and used ranges: every sheet prints fitted to the page's
// width (landscape when it is wide) with its header row repeated on each
// page, and says in <dimension> which cells it uses, so that readers that
// trust it (read-only modes) see every row.

// sheetLayout is what the builder knows of a sheet once written.
type sheetLayout struct {
	rows, cols int  // the used range A1:(cols, rows)
	header     bool // row 1 is a header to repeat on each printed page
	wide       bool // print in landscape
}

// printSetup sets a sheet's print setup before its rows are written (a
// streamed sheet writes its properties first): fit to one page wide,
// landscape when wide, the header row repeated on each page.
func (b *builder) printSetup(sheet string, wide, header bool) error {
	return b.printSetupCols(sheet, wide, header, 0)
}

// printSetupCols is printSetup for a sheet of cols columns: one of more
// than 15 prints on A3, where its text stays readable one page wide.
func (b *builder) printSetupCols(sheet string, wide, header bool, cols int) error {
	f := b.f
	if err := f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: ptr(true)}); err != nil {
		return err
	}
	orientation := "portrait"
	if wide {
		orientation = "landscape"
	}
	layout := &excelize.PageLayoutOptions{Orientation: ptr(orientation), FitToWidth: ptr(1), FitToHeight: ptr(0)}
	if cols > 15 {
		layout.Size = ptr(8) // A3
	}
	if err := f.SetPageLayout(sheet, layout); err != nil {
		return err
	}
	if header {
		if err := f.SetDefinedName(&excelize.DefinedName{
			Name: "_xlnm.Print_Titles", RefersTo: "'" + sheet + "'!$1:$1", Scope: sheet,
		}); err != nil {
			return err
		}
	}
	l := b.layout(sheet)
	l.header, l.wide = header, wide
	return nil
}

// layout returns the layout record of a sheet.
func (b *builder) layout(sheet string) *sheetLayout {
	if b.layouts == nil {
		b.layouts = map[string]*sheetLayout{}
	}
	l := b.layouts[sheet]
	if l == nil {
		l = &sheetLayout{}
		b.layouts[sheet] = l
		b.sheetOrder = append(b.sheetOrder, sheet)
	}
	return l
}

// used widens a sheet's used range to hold row and col (from 1).
func (b *builder) used(sheet string, row, col int) {
	l := b.layout(sheet)
	l.rows, l.cols = max(l.rows, row), max(l.cols, col)
}

// dimensions returns the <dimension> ref of each sheet's XML part by its
// path in the package ("xl/worksheets/sheet2.xml": "A1:R10219"). Sheets
// are numbered by their id, as excelize names their parts.
func (b *builder) dimensions() map[string]string {
	out := map[string]string{}
	for id, name := range b.f.GetSheetMap() {
		l := b.layouts[name]
		if l == nil || l.rows == 0 || l.cols == 0 {
			continue
		}
		out["xl/worksheets/sheet"+strconv.Itoa(id)+".xml"] = "A1:" + cellName(l.cols, l.rows)
	}
	return out
}

// dimensionZip is a zip writer that writes each worksheet's <dimension>
// with the sheet's used range: excelize writes "A1" for every sheet,
// streamed or not, and readers in read-only mode then see one row.
type dimensionZip struct {
	excelize.ZipWriter
	dims map[string]string
}

// Create implements excelize.ZipWriter.
func (z dimensionZip) Create(name string) (io.Writer, error) {
	w, err := z.ZipWriter.Create(name)
	if err != nil {
		return nil, err
	}
	if ref, ok := z.dims[name]; ok {
		return &dimensionWriter{w: w, ref: ref}, nil
	}
	return w, nil
}

// dimensionWriter rewrites the first <dimension> element of a sheet's XML,
// which comes before <sheetData>, and passes the rest through.
type dimensionWriter struct {
	w    io.Writer
	ref  string
	buf  []byte
	done bool
}

var dimensionElem = regexp.MustCompile(`<dimension ref="[^"]*"\s*(/>|></dimension>)`)

func (d *dimensionWriter) Write(p []byte) (int, error) {
	if d.done {
		return d.w.Write(p)
	}
	d.buf = append(d.buf, p...)
	end := bytes.Index(d.buf, []byte("<sheetData"))
	if end < 0 && len(d.buf) < 1<<16 {
		return len(p), nil // not yet past the head of the sheet
	}
	if end < 0 {
		end = len(d.buf)
	}
	head := dimensionElem.ReplaceAllLiteral(d.buf[:end], []byte(`<dimension ref="`+d.ref+`"/>`))
	d.done = true
	if _, err := d.w.Write(head); err != nil {
		return 0, err
	}
	if _, err := d.w.Write(d.buf[end:]); err != nil {
		return 0, err
	}
	d.buf = nil
	return len(p), nil
}
