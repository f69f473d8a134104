// Package govkg holds the domain model shared by every step of the pipeline:
// file → normalized document → mentions → entities and relations → Neo4j or an export.
// It imports nothing heavy so that every other package can depend on it.
package govkg

// Stance says whether a sentence reports what was done, what is planned, defines a
// term, or is neither. It lets an analyst tell promises from results.
type Stance string

// Stances of a sentence.
const (
	StanceAchieved Stance = "achieved"
	StancePlanned  Stance = "planned"
	StanceGlossary Stance = "glossary"
	StanceContext  Stance = "context"
)

// ReportKind is the genre of a report; the two kinds structure review and plan differently.
type ReportKind string

// Report kinds.
const (
	KindWorkReport ReportKind = "government-work-report"  // 政府工作报告
	KindPlanReport ReportKind = "plan-execution-and-plan" // 国民经济和社会发展计划执行情况与计划
	KindUnknown    ReportKind = "unknown"
)

// Place levels: whose government a report is from, and the levels saved queries group
// places at.
const (
	LevelDistrict = "district" // county level: 区, 县, 旗 and county-level cities (县级市)
	LevelCity     = "city"     // prefecture-level city (市, 州, 地区, 盟) or a municipality
	LevelProvince = "province" // province, autonomous region or municipality
)

// Levels lists the place levels from the smallest up.
var Levels = []string{LevelDistrict, LevelCity, LevelProvince}

// Report is the metadata of one report file, detected from its text.
type Report struct {
	ID           string `json:"id"`
	Path         string `json:"path"`
	Level        string `json:"level,omitempty"`         // LevelDistrict or LevelCity: whose government reports
	District     string `json:"district,omitempty"`      // canonical county-level name, e.g. 龙岗区
	DistrictCode string `json:"district_code,omitempty"` // NBS code, e.g. 440307
	City         string `json:"city,omitempty"`          // the city of the place; a county-level city under a province is its own
	CityCode     string `json:"city_code,omitempty"`     // NBS code of City: 4403, or 11 for 北京市; empty for a county-level city under a province
	Province     string `json:"province,omitempty"`
	ProvinceCode string `json:"province_code,omitempty"` // NBS code, e.g. 44
	Year         int    `json:"year,omitempty"`          // the year the report is about (reviews)
	PlanYear     int    `json:"plan_year,omitempty"`     // the year it plans for
	// Meeting is the date of the congress session that heard the report, as its header
	// gives it (2021-10-26, or 2021-10 without a day); empty when it says none.
	Meeting  string     `json:"meeting,omitempty"`
	Kind     ReportKind `json:"kind"`
	Title    string     `json:"title,omitempty"`
	SHA256   string     `json:"sha256"`
	Encoding string     `json:"encoding"`
	Format   string     `json:"format"`
	Warnings []string   `json:"warnings,omitempty"`
}

// Sentence is one sentence of a normalized report, the unit every fact points back to.
type Sentence struct {
	ID        string   `json:"id"`        // report id + "/s" + zero-padded index
	Index     int      `json:"index"`     // 0-based position in the report
	Paragraph int      `json:"paragraph"` // 0-based paragraph index
	Section   []string `json:"section,omitempty"`
	Stance    Stance   `json:"stance"`
	Text      string   `json:"text"`  // normalized text
	Start     int      `json:"start"` // rune offset of the sentence in the normalized document
	End       int      `json:"end"`
}

// EntityType is one of the node labels of the graph.
type EntityType string

// Entity types, exactly the labels used in Neo4j.
const (
	TypeDistrict    EntityType = "District"
	TypeStreet      EntityType = "Street"
	TypeProject     EntityType = "Project"
	TypePark        EntityType = "Park"
	TypeMetroLine   EntityType = "MetroLine"
	TypeProgram     EntityType = "Program"
	TypeCompany     EntityType = "Company"
	TypeInstitution EntityType = "Institution"
	TypeIndicator   EntityType = "Indicator"
	TypeTerm        EntityType = "Term"
	TypeCity        EntityType = "City"     // prefecture-level city (市, 州, 地区, 盟) or a municipality
	TypeProvince    EntityType = "Province" // province, autonomous region or municipality
)

// EntityTypes lists every entity type in a fixed order.
var EntityTypes = []EntityType{TypeDistrict, TypeStreet, TypeProject, TypePark, TypeMetroLine,
	TypeProgram, TypeCompany, TypeInstitution, TypeIndicator, TypeTerm, TypeCity, TypeProvince}

// Mention is one occurrence of an entity in a sentence. Start and End are rune offsets
// within the sentence's normalized text.
type Mention struct {
	ReportID   string            `json:"report"`
	SentenceID string            `json:"sentence"`
	Start      int               `json:"start"`
	End        int               `json:"end"`
	Text       string            `json:"text"`
	Props      map[string]string `json:"props,omitempty"` // e.g. metro section 东延
}

// Entity is a distinct thing named by the reports. ID is stable across runs and reports.
type Entity struct {
	ID       string         `json:"id"`
	Type     EntityType     `json:"type"`
	Name     string         `json:"name"`
	Aliases  []string       `json:"aliases,omitempty"`
	Props    map[string]any `json:"properties,omitempty"`
	Mentions []Mention      `json:"mentions"`
}

// RelationType is a relationship type of the graph, in UPPER_SNAKE_CASE.
type RelationType string

// Relation types.
const (
	RelLocatedIn    RelationType = "LOCATED_IN"
	RelInPark       RelationType = "IN_PARK"
	RelInvolves     RelationType = "INVOLVES"
	RelServes       RelationType = "SERVES"
	RelImplements   RelationType = "IMPLEMENTS"
	RelPartOf       RelationType = "PART_OF"
	RelAssists      RelationType = "ASSISTS"
	RelStatus       RelationType = "STATUS"
	RelHasIndicator RelationType = "HAS_INDICATOR"
	RelInDistrict   RelationType = "IN_DISTRICT"   // Street → District
	RelInCity       RelationType = "IN_CITY"       // District → City; Street → City in a city without districts (东莞市)
	RelInProvince   RelationType = "IN_PROVINCE"   // City → Province
	RelPartOfGroup  RelationType = "PART_OF_GROUP" // Company → Company: a business unit or product line of a group
)

// Evidence ties a relation to the sentence that supports it.
type Evidence struct {
	ReportID   string `json:"report"`
	SentenceID string `json:"sentence"`
	Start      int    `json:"start"`
	End        int    `json:"end"`
}

// Relation is a typed, directed link between two entities (or a report and an entity for
// STATUS), with the sentences that support it.
type Relation struct {
	Type     RelationType   `json:"type"`
	From     string         `json:"from"`
	To       string         `json:"to"`
	Props    map[string]any `json:"properties,omitempty"`
	Evidence []Evidence     `json:"evidence"`
}

// Extraction is everything govkg extracted from a set of reports. Sentences holds
// every sentence of the reports, with its text, stance and section; mentions and
// evidence point into it by id. An extraction of one report (one file) holds that
// report's sentences; otherwise a sentence belongs to the report its id names.
type Extraction struct {
	Reports   []Report   `json:"reports"`
	Sentences []Sentence `json:"sentences,omitempty"`
	Entities  []Entity   `json:"entities"`
	Relations []Relation `json:"relations"`
}
