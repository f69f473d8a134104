package export

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Output is a Writer bound to its destination. Everything goes to a temporary file
// (or, for CSV, a temporary directory) next to the destination, renamed into place by
// Close; Abort, or a failing Close, leaves the destination as it was.
type Output struct {
	Writer
	Format string
	// Path is where the export ends up: a file, a directory for csv, "" for stdout.
	Path string
	// CSV is the CSV writer when Format is csv, for its import command.
	CSV *CSV

	tmp  string
	file *os.File
	done bool
}

// Create opens an export in format ("jsonl", "graphml", "csv" or "cypher") to path. An
// empty path or "-" means stdout, except for csv, which needs a directory. A path that
// is an existing directory gets graph.<format> inside it. A csv directory must be new,
// empty, or a previous export (only *.csv files and import.sh): it is replaced whole.
func Create(format, path string, stdout io.Writer) (*Output, error) {
	o := &Output{Format: format}
	if !slices.Contains(Formats, format) {
		return nil, fmt.Errorf("unknown export format %q (want %s)", format, strings.Join(Formats, "|"))
	}
	if format == "csv" {
		return o, o.createDir(path)
	}
	if path == "" || path == "-" {
		w, err := newWriter(format, stdout, "")
		o.Writer = w
		return o, err
	}
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		path = filepath.Join(path, "graph."+format)
	}
	o.Path = path
	f, err := os.CreateTemp(filepath.Dir(path), ".govkg-export-*")
	if err != nil {
		return nil, err
	}
	o.file, o.tmp = f, f.Name()
	w, err := newWriter(format, f, filepath.Dir(path))
	if err != nil {
		f.Close()
		os.Remove(o.tmp)
		return nil, err
	}
	o.Writer = w
	return o, nil
}

func newWriter(format string, w io.Writer, spoolDir string) (Writer, error) {
	switch format {
	case "jsonl":
		return NewJSONL(w), nil
	case "graphml":
		return NewGraphML(w, spoolDir)
	case "cypher":
		return NewCypher(w), nil
	}
	return nil, fmt.Errorf("unknown export format %q", format)
}

func (o *Output) createDir(path string) error {
	if path == "" || path == "-" {
		return errors.New("csv export needs --out DIR (one file per label and type)")
	}
	if err := checkReplaceable(path); err != nil {
		return err
	}
	parent := filepath.Dir(filepath.Clean(path))
	tmp, err := os.MkdirTemp(parent, ".govkg-export-*")
	if err != nil {
		return err
	}
	o.Path, o.tmp = path, tmp
	o.CSV = NewCSV(tmp)
	o.Writer = o.CSV
	return nil
}

// checkReplaceable refuses to replace a directory that holds anything but a previous
// CSV export (*.csv, import.sh, after-import.cypher, import.report), so a wrong --out never deletes
// unrelated files.
func checkReplaceable(path string) error {
	fi, err := os.Stat(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if !fi.IsDir() {
		return fmt.Errorf("%s exists and is not a directory", path)
	}
	ents, err := os.ReadDir(path)
	if err != nil {
		return err
	}
	for _, e := range ents {
		if e.IsDir() || !(strings.HasSuffix(e.Name(), ".csv") || e.Name() == "import.sh" || e.Name() == AfterImportFile || e.Name() == ReportFile) {
			return fmt.Errorf("%s is not empty and not a govkg CSV export (it has %s): choose another --out", path, e.Name())
		}
	}
	return nil
}

// Close finishes the writer and moves the result into place.
func (o *Output) Close() error {
	if o.done {
		return nil
	}
	o.done = true
	if err := o.Writer.Close(); err != nil {
		o.cleanup()
		return err
	}
	switch {
	case o.CSV != nil:
		if err := os.Chmod(o.tmp, 0o755); err != nil {
			o.cleanup()
			return err
		}
		if err := replaceDir(o.tmp, o.Path); err != nil {
			o.cleanup()
			return err
		}
	case o.file != nil:
		err := o.file.Sync()
		if cerr := o.file.Close(); err == nil {
			err = cerr
		}
		if err == nil {
			err = os.Chmod(o.tmp, 0o644)
		}
		if err == nil {
			err = os.Rename(o.tmp, o.Path)
		}
		if err != nil {
			o.cleanup()
			return err
		}
	}
	return nil
}

// Abort drops the export: the destination is untouched.
func (o *Output) Abort() {
	if o.done {
		return
	}
	o.done = true
	if o.Writer != nil {
		o.Writer.Abort()
	}
	o.cleanup()
}

func (o *Output) cleanup() {
	if o.file != nil {
		o.file.Close()
	}
	if o.tmp != "" {
		os.RemoveAll(o.tmp)
	}
}

// replaceDir renames tmp to path, moving an existing path aside first and deleting it
// only once the new directory is in place.
func replaceDir(tmp, path string) error {
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return os.Rename(tmp, path)
	}
	old := tmp + ".old"
	if err := os.Rename(path, old); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		_ = os.Rename(old, path)
		return err
	}
	return os.RemoveAll(old)
}

// writeAtomic writes a file through a temporary file in the same directory.
func writeAtomic(path string, perm os.FileMode, write func(io.Writer) error) error {
	f, err := os.CreateTemp(filepath.Dir(path), ".govkg-*")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name())
	bw := bufio.NewWriterSize(f, 1<<16)
	if err := write(bw); err != nil {
		f.Close()
		return err
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Chmod(f.Name(), perm); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}
