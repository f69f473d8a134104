package graph

import (
	"maps"
	"slices"
	"strings"
)

// The merge rules: what an entity or a fact becomes when a report writes it, and when a
// report takes back what it wrote. They are written once, here, and every writer
// applies them: the database writers read the current state under a lock, merge in Go
// and write the result; the offline graph merges its in-memory state. Writing a report
// is taking back what it wrote before and adding what it writes now, so the graph does
// not depend on the order reports are built in nor on how they were grouped.

// entityState is the bookkeeping of an entity node: the sorted ids of the reports that
// support it, the sorted union of their aliases, and the definition of the smallest
// report id that gives one.
type entityState struct {
	reports, aliases []string
	definition       any // nil when no report defines the entity
	definitionReport string
}

// entityStateOf reads the bookkeeping out of an entity's properties (as stored, or as
// the driver returns them).
func entityStateOf(props map[string]any) entityState {
	s := entityState{reports: stringList(props["reports"]), aliases: stringList(props["aliases"]), definition: props["definition"]}
	s.definitionReport, _ = props["definition_report"].(string)
	return s
}

// props are the properties withdrawEntity changes, nil where a property goes (SET
// n += props removes a property set to null).
func (s entityState) props() map[string]any {
	p := map[string]any{"reports": nonNil(s.reports), "definition": s.definition, "definition_report": nil}
	if s.definitionReport != "" {
		p["definition_report"] = s.definitionReport
	}
	return p
}

// withdrawEntity takes report rid out of an entity: out of its reports and, if rid
// gave the definition, the definition goes. Aliases stay (another report may share
// them, and they harm no one).
func withdrawEntity(s entityState, rid string) entityState {
	s.reports = without(s.reports, rid)
	if s.definitionReport == rid {
		s.definition, s.definitionReport = nil, ""
	}
	return s
}

// mergeEntity returns the properties of an entity after report rid wrote its row
// (its properties, see entityRow) onto a node in state cur (nil: the node is new). The
// row's properties replace the old ones; rid joins the sorted reports; aliases are the
// sorted union; the definition comes from the smallest report id that gives one.
func mergeEntity(cur *entityState, rid string, row map[string]any) map[string]any {
	var s entityState
	if cur != nil {
		s = withdrawEntity(*cur, rid)
	}
	props := maps.Clone(row)
	props["reports"] = insertSorted(s.reports, rid)
	aliases := append(slices.Clone(s.aliases), stringList(row["aliases"])...)
	slices.Sort(aliases)
	aliases = slices.Compact(aliases)
	props["aliases"] = nonNil(aliases)
	props["aliases_text"] = strings.Join(aliases, " ")
	switch {
	case row["definition"] != nil && (s.definitionReport == "" || rid < s.definitionReport):
		props["definition_report"] = rid
	case s.definitionReport == "":
		delete(props, "definition")
		delete(props, "definition_report")
	default:
		props["definition"], props["definition_report"] = s.definition, s.definitionReport
	}
	return props
}

// evidenceLists are the parallel evidence lists of a fact relationship: entry i is a
// span of a sentence of a report, sorted by report id.
type evidenceLists struct {
	reports, sentences []string
	starts, ends       []int64
}

// relState is the bookkeeping of a fact relationship: the sorted ids of the reports
// that support it and their evidence.
type relState struct {
	reports  []string
	evidence evidenceLists
}

// relStateOf reads the bookkeeping out of a relationship's properties.
func relStateOf(props map[string]any) relState {
	return relState{reports: stringList(props["reports"]), evidence: evidenceLists{
		reports: stringList(props["evidence_reports"]), sentences: stringList(props["evidence_sentences"]),
		starts: ints(props["evidence_starts"]), ends: ints(props["evidence_ends"])}}
}

// props are the properties withdrawRelation changes.
func (s relState) props() map[string]any {
	return map[string]any{"reports": nonNil(s.reports), "evidence_reports": nonNil(s.evidence.reports),
		"evidence_sentences": nonNil(s.evidence.sentences), "evidence_starts": nonNilInts(s.evidence.starts),
		"evidence_ends": nonNilInts(s.evidence.ends)}
}

// withdrawRelation takes report rid out of a fact: out of its reports, and its
// evidence out of the lists, which stay parallel.
func withdrawRelation(s relState, rid string) relState {
	out := relState{reports: without(s.reports, rid)}
	ev := s.evidence
	for i := range ev.reports {
		if ev.reports[i] != rid && i < len(ev.sentences) && i < len(ev.starts) && i < len(ev.ends) {
			out.evidence.reports = append(out.evidence.reports, ev.reports[i])
			out.evidence.sentences = append(out.evidence.sentences, ev.sentences[i])
			out.evidence.starts = append(out.evidence.starts, ev.starts[i])
			out.evidence.ends = append(out.evidence.ends, ev.ends[i])
		}
	}
	return out
}

// mergeRelation returns the properties of a fact relationship after report rid wrote
// its row onto a relationship in state cur (nil: it is new). The row's properties
// replace the old ones; rid joins the sorted reports and its evidence is spliced into
// the lists at its sorted position, replacing any evidence rid gave before.
func mergeRelation(cur *relState, rid string, row relRow) map[string]any {
	var s relState
	if cur != nil {
		s = withdrawRelation(*cur, rid)
	}
	pos := 0
	for _, x := range s.evidence.reports {
		if x < rid {
			pos++
		}
	}
	props := maps.Clone(row.props)
	props["reports"] = insertSorted(s.reports, rid)
	props["evidence_reports"] = splice(s.evidence.reports, pos, row.evidence.reports)
	props["evidence_sentences"] = splice(s.evidence.sentences, pos, row.evidence.sentences)
	props["evidence_starts"] = splice(s.evidence.starts, pos, row.evidence.starts)
	props["evidence_ends"] = splice(s.evidence.ends, pos, row.evidence.ends)
	return props
}

func without(xs []string, x string) []string {
	out := make([]string, 0, len(xs))
	for _, s := range xs {
		if s != x {
			out = append(out, s)
		}
	}
	return out
}

// insertSorted inserts x into the sorted list xs (which does not hold it).
func insertSorted(xs []string, x string) []string {
	out := make([]string, 0, len(xs)+1)
	for _, s := range xs {
		if s < x {
			out = append(out, s)
		}
	}
	out = append(out, x)
	for _, s := range xs {
		if s > x {
			out = append(out, s)
		}
	}
	return out
}

func splice[T any](xs []T, pos int, ins []T) []T {
	out := make([]T, 0, len(xs)+len(ins))
	out = append(out, xs[:pos]...)
	out = append(out, ins...)
	return append(out, xs[pos:]...)
}

// stringList reads a list of strings as stored ([]string) or as the driver returns it
// ([]any).
func stringList(v any) []string { return listOf[string](v) }

// ints reads a list of integers as stored ([]int64) or as the driver returns it.
func ints(v any) []int64 { return listOf[int64](v) }

func listOf[T any](v any) []T {
	switch x := v.(type) {
	case []T:
		return x
	case []any:
		out := make([]T, 0, len(x))
		for _, e := range x {
			if t, ok := e.(T); ok {
				out = append(out, t)
			}
		}
		return out
	}
	return nil
}

// nonNil makes an absent list empty: Neo4j would store nothing for a nil one.
func nonNil(xs []string) []string {
	if xs == nil {
		return []string{}
	}
	return xs
}

func nonNilInts(xs []int64) []int64 {
	if xs == nil {
		return []int64{}
	}
	return xs
}
