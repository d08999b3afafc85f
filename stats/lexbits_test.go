package stats

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"path/filepath"
	"testing"
)

// TestLexClassBitsUnique reads the package's sources and checks that no
// two word classes declared with an explicit bit ("lxX lexClass = 1 <<
// 43") share it: two classes on one bit merge silently and change what
// the rules read.
func TestLexClassBitsUnique(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := gotoken.NewFileSet()
	owner := map[string]string{} // bit → class
	for _, f := range files {
		af, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range af.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != gotoken.CONST {
				continue
			}
			for _, sp := range gd.Specs {
				vs := sp.(*ast.ValueSpec)
				if id, ok := vs.Type.(*ast.Ident); !ok || id.Name != "lexClass" || len(vs.Values) != 1 {
					continue
				}
				be, ok := vs.Values[0].(*ast.BinaryExpr)
				if !ok || be.Op != gotoken.SHL {
					continue
				}
				lit, ok := be.Y.(*ast.BasicLit)
				if !ok {
					continue // (1 << iota)
				}
				name := vs.Names[0].Name
				if prev, dup := owner[lit.Value]; dup {
					t.Errorf("%s and %s both take bit %s", prev, name, lit.Value)
				}
				owner[lit.Value] = name
			}
		}
	}
	if len(owner) < 20 {
		t.Errorf("found %d classes with explicit bits: the test no longer reads the declarations", len(owner))
	}
}
