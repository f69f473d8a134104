package graph

import (
	"maps"
	"slices"
	"strings"
)

// mergeEntity returns the properties of an entity node after report rid has written
// its row properties (rowProps) onto a node that had cur (nil: the node is new). It is
// what entityCypher does in the database, written in Go for the offline graph and for
// grouped writes: the row's properties replace the old ones, rid joins the sorted
// reports list, aliases are the sorted union and the definition comes from the
// smallest report id that has one.
func mergeEntity(cur map[string]any, rid string, rowProps map[string]any) map[string]any {
	var old, oldAliases []string
	var oldDef any
	oldDefRep := ""
	if cur != nil {
		old = without(stringList(cur["reports"]), rid)
		oldAliases = stringList(cur["aliases"])
		oldDef = cur["definition"]
		oldDefRep, _ = cur["definition_report"].(string)
	}
	props := maps.Clone(rowProps)
	props["reports"] = insertSorted(old, rid)
	aliases := append(append([]string{}, oldAliases...), stringList(props["aliases"])...)
	slices.Sort(aliases)
	aliases = slices.Compact(aliases)
	props["aliases"] = nonNil(aliases)
	props["aliases_text"] = strings.Join(aliases, " ")
	newDef := props["definition"] != nil && (oldDefRep == "" || oldDefRep == rid || rid < oldDefRep)
	switch {
	case newDef:
		props["definition_report"] = rid
	case oldDefRep == rid || oldDefRep == "":
		delete(props, "definition")
		delete(props, "definition_report")
	default:
		props["definition"], props["definition_report"] = oldDef, oldDefRep
	}
	return props
}

// mergeRelation returns the properties of a fact relationship after report rid has
// written its row (see relGroup) onto a relationship that had cur (nil: it is new), as
// relationCypher does: the row's properties replace the old ones, rid joins the sorted
// reports list and its evidence is spliced into the parallel evidence lists at its
// sorted position, replacing any evidence rid gave before.
func mergeRelation(cur map[string]any, rid string, r row) map[string]any {
	var reps, er, es []string
	var st, en []int64
	if cur != nil {
		reps = without(stringList(cur["reports"]), rid)
		er0, es0 := stringList(cur["evidence_reports"]), stringList(cur["evidence_sentences"])
		st0, en0 := ints(cur["evidence_starts"]), ints(cur["evidence_ends"])
		for i := range er0 {
			if er0[i] != rid && i < len(es0) && i < len(st0) && i < len(en0) {
				er, es, st, en = append(er, er0[i]), append(es, es0[i]), append(st, st0[i]), append(en, en0[i])
			}
		}
	}
	pos := 0
	for _, x := range er {
		if x < rid {
			pos++
		}
	}
	props := maps.Clone(r["props"].(map[string]any))
	props["reports"] = insertSorted(reps, rid)
	props["evidence_reports"] = splice(er, pos, r["er"].([]string))
	props["evidence_sentences"] = splice(es, pos, r["es"].([]string))
	props["evidence_starts"] = splice(st, pos, r["est"].([]int64))
	props["evidence_ends"] = splice(en, pos, r["een"].([]int64))
	return props
}
