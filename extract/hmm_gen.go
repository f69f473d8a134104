//go:build ignore

// hmm_gen writes hmm_emit.bin.gz, the emission table of gse's HMM (gse v0.80.3,
// hmm/prob_emit.go, Apache-2.0; the numbers are jieba's, MIT), from the gse module
// sources in the module cache:
//
//	cd extract && go run hmm_gen.go
//
// The file is gzip of: uint32 n, n uint16 runes (ascending), then
// for each rune the float64 bits of its B, E, M and S emissions (gse's minFloat where
// gse's map has no entry), little-endian. strconv.ParseFloat rounds the decimal
// literals to the nearest float64 as the Go compiler does, so the values are gse's to
// the bit (hmm_test.go checks them against gse's own Viterbi).
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"log"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

func main() {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/go-ego/gse").Output()
	if err != nil {
		log.Fatal(err)
	}
	dir := strings.TrimSpace(string(out))
	f, err := os.Open(filepath.Join(dir, "hmm", "prob_emit.go"))
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	states := map[byte]int{'B': 0, 'E': 1, 'M': 2, 'S': 3}
	table := map[rune]*[4]float64{}
	state := -1
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if strings.HasPrefix(line, "probEmit['") {
			state = states[line[len("probEmit['")]]
			continue
		}
		if !strings.HasPrefix(line, "'") {
			continue
		}
		key, val, ok := strings.Cut(line, ":")
		if !ok || state < 0 {
			log.Fatalf("unexpected line %q", line)
		}
		r, err := strconv.Unquote(strings.Replace(strings.TrimSpace(key), "'", "\"", 2))
		if err != nil || len([]rune(r)) != 1 {
			log.Fatalf("bad rune in %q: %v", line, err)
		}
		v, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(val), ","), 64)
		if err != nil {
			log.Fatalf("bad value in %q: %v", line, err)
		}
		c := []rune(r)[0]
		if c > math.MaxUint16 {
			log.Fatalf("rune %U out of range", c)
		}
		e := table[c]
		if e == nil {
			e = &[4]float64{-3.14e100, -3.14e100, -3.14e100, -3.14e100}
			table[c] = e
		}
		e[state] = v
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
	runes := make([]rune, 0, len(table))
	for r := range table {
		runes = append(runes, r)
	}
	slices.Sort(runes)
	w, err := os.Create("hmm_emit.bin.gz")
	if err != nil {
		log.Fatal(err)
	}
	zw, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	must := func(err error) {
		if err != nil {
			log.Fatal(err)
		}
	}
	must(binary.Write(bw, binary.LittleEndian, uint32(len(runes))))
	for _, r := range runes {
		must(binary.Write(bw, binary.LittleEndian, uint16(r)))
	}
	for _, r := range runes {
		for _, v := range table[r] {
			must(binary.Write(bw, binary.LittleEndian, math.Float64bits(v)))
		}
	}
	must(bw.Flush())
	must(zw.Close())
	must(w.Close())
	fmt.Printf("%d runes\n", len(runes))
}
