package export

import (
	"bufio"
	"encoding/json"
	"io"
)

// JSONL writes one JSON object per line:
//
//	{"type":"node","id":…,"labels":[…],"properties":{…}}
//	{"type":"relationship","id":…,"label":TYPE,"start":…,"end":…,"properties":{…}}
//
// Property keys come out sorted, so equal graphs give equal bytes.
type JSONL struct {
	w   *bufio.Writer
	enc *json.Encoder
}

// NewJSONL returns a JSON Lines writer on w; Close flushes but does not close w.
func NewJSONL(w io.Writer) *JSONL {
	bw := bufio.NewWriterSize(w, 1<<16)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &JSONL{w: bw, enc: enc}
}

type jsonNode struct {
	Type   string         `json:"type"`
	ID     string         `json:"id"`
	Labels []string       `json:"labels"`
	Props  map[string]any `json:"properties"`
}

type jsonRel struct {
	Type  string         `json:"type"`
	ID    string         `json:"id"`
	Label string         `json:"label"`
	Start string         `json:"start"`
	End   string         `json:"end"`
	Props map[string]any `json:"properties"`
}

// WriteNode writes one node line.
func (j *JSONL) WriteNode(n Node) error {
	labels := n.Labels
	if labels == nil {
		labels = []string{}
	}
	return j.enc.Encode(jsonNode{"node", n.ID, labels, normalizeProps(n.Props)})
}

// WriteRelationship writes one relationship line.
func (j *JSONL) WriteRelationship(r Relationship) error {
	return j.enc.Encode(jsonRel{"relationship", r.ID, r.Type, r.Start, r.End, normalizeProps(r.Props)})
}

// Close flushes the buffer.
func (j *JSONL) Close() error { return j.w.Flush() }

// Abort drops what is buffered.
func (j *JSONL) Abort() { j.w.Reset(io.Discard) }
