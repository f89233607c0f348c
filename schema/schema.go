// Package schema is the vocabulary of newsgraph (ONTOLOGY.md) as Go
// constants, the minting of entity IRIs, and the built-in lexicon.
//
// Like the packages under github.com/cayleygraph/quad/voc, the vocabulary is
// constants; unlike them, the constants are full IRIs (quad.IRI), because they
// go into the store as they are. The short prefixes are registered with
// voc.RegisterPrefix so that Gizmo queries and tools can write "ng:…".
package schema

import (
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/voc"
	_ "github.com/cayleygraph/quad/voc/owl"  // registers owl:
	_ "github.com/cayleygraph/quad/voc/rdf"  // registers rdf:
	_ "github.com/cayleygraph/quad/voc/rdfs" // registers rdfs:
	_ "github.com/cayleygraph/quad/voc/xsd"  // registers xsd:
)

// Namespaces of the graph.
const (
	Base = `https://w3id.org/newsgraph/`

	NS     = Base + `vocab/` // classes and predicates of this project
	Prefix = `ng:`

	IDNS     = Base + `id/` // entities minted by this project
	IDPrefix = `ngid:`

	SchemaNS     = `http://schema.org/`
	SchemaPrefix = `schema:`

	RDFNS  = `http://www.w3.org/1999/02/22-rdf-syntax-ns#`
	RDFSNS = `http://www.w3.org/2000/01/rdf-schema#`
	OWLNS  = `http://www.w3.org/2002/07/owl#`
	XSDNS  = `http://www.w3.org/2001/XMLSchema#`
)

func init() {
	voc.RegisterPrefix(Prefix, NS)
	voc.RegisterPrefix(IDPrefix, IDNS)
	voc.RegisterPrefix(SchemaPrefix, SchemaNS)
}

// Prefixes lists every prefix a query may use, in a fixed order.
var Prefixes = []voc.Namespace{
	{Prefix: Prefix, Full: NS},
	{Prefix: IDPrefix, Full: IDNS},
	{Prefix: SchemaPrefix, Full: SchemaNS},
	{Prefix: `rdf:`, Full: RDFNS},
	{Prefix: `rdfs:`, Full: RDFSNS},
	{Prefix: `owl:`, Full: OWLNS},
	{Prefix: `xsd:`, Full: XSDNS},
}

// Classes.
const (
	NewsArticle quad.IRI = SchemaNS + `NewsArticle`
	Person      quad.IRI = SchemaNS + `Person`
	Country     quad.IRI = SchemaNS + `Country`
	City        quad.IRI = SchemaNS + `City`
	Quotation   quad.IRI = SchemaNS + `Quotation`
	Event       quad.IRI = SchemaNS + `Event`

	Sentence    quad.IRI = NS + `Sentence`
	Office      quad.IRI = NS + `Office`
	Grouping    quad.IRI = NS + `Grouping`
	AidShipment quad.IRI = NS + `AidShipment`
	AidItem     quad.IRI = NS + `AidItem`
	Meeting     quad.IRI = NS + `Meeting`
	Summit      quad.IRI = NS + `Summit`
	Visit       quad.IRI = NS + `Visit`
	Topic       quad.IRI = NS + `Topic`
	Initiative  quad.IRI = NS + `Initiative`
)

// Predicates.
const (
	Type       quad.IRI = RDFNS + `type`
	SubClassOf quad.IRI = RDFSNS + `subClassOf`
	Label      quad.IRI = RDFSNS + `label`
	SameAs     quad.IRI = OWLNS + `sameAs`

	Name             quad.IRI = SchemaNS + `name`
	AlternateName    quad.IRI = SchemaNS + `alternateName`
	Text             quad.IRI = SchemaNS + `text`
	IsPartOf         quad.IRI = SchemaNS + `isPartOf`
	DatePublished    quad.IRI = SchemaNS + `datePublished`
	Headline         quad.IRI = SchemaNS + `headline`
	URL              quad.IRI = SchemaNS + `url`
	Mentions         quad.IRI = SchemaNS + `mentions`
	HonorificPrefix  quad.IRI = SchemaNS + `honorificPrefix`
	Member           quad.IRI = SchemaNS + `member`
	ContainedInPlace quad.IRI = SchemaNS + `containedInPlace`
	Location         quad.IRI = SchemaNS + `location`
	Description      quad.IRI = SchemaNS + `description`

	CharStart     quad.IRI = NS + `charStart`
	CharEnd       quad.IRI = NS + `charEnd`
	SHA256        quad.IRI = NS + `sha256`
	Source        quad.IRI = NS + `source`
	HoldsOffice   quad.IRI = NS + `holdsOffice`
	Jurisdiction  quad.IRI = NS + `jurisdiction`
	RoleCategory  quad.IRI = NS + `roleCategory`
	ISO3166       quad.IRI = NS + `iso3166`
	FullName      quad.IRI = NS + `fullName`
	Donor         quad.IRI = NS + `donor`
	Recipient     quad.IRI = NS + `recipient`
	Date          quad.IRI = NS + `date`
	Includes      quad.IRI = NS + `includes`
	Purpose       quad.IRI = NS + `purpose`
	Quantity      quad.IRI = NS + `quantity`
	Unit          quad.IRI = NS + `unit`
	Qualifier     quad.IRI = NS + `qualifier`
	Participant   quad.IRI = NS + `participant`
	Mode          quad.IRI = NS + `mode`
	Ordinal       quad.IRI = NS + `ordinal`
	SidelinesOf   quad.IRI = NS + `sidelinesOf`
	Organizer     quad.IRI = NS + `organizer`
	Status        quad.IRI = NS + `status`
	Duration      quad.IRI = NS + `duration`
	Speaker       quad.IRI = NS + `speaker`
	LaunchedBy    quad.IRI = NS + `launchedBy`
	DecidedAt     quad.IRI = NS + `decidedAt`
	SchemaVersion quad.IRI = NS + `schemaVersion`
	// Version is an article's version: the sha256 of its header quads, one
	// literal by which a store tells an unchanged article.
	Version quad.IRI = NS + `version`
)

// Links are the predicates whose object is a node of the graph (not a
// literal, not a class): what points at an entity. Queries that ask what
// points at a node look these up one by one, since on a KV store asking
// for the predicates that point at it reads every quad that does.
var Links = []quad.IRI{Member, ContainedInPlace, Location, Mentions, IsPartOf, HoldsOffice, Jurisdiction,
	Donor, Recipient, Includes, Purpose, Participant, SidelinesOf, Organizer, Speaker, LaunchedBy, DecidedAt}

// Datatypes of typed literals.
const (
	XSDDate       quad.IRI = XSDNS + `date`
	XSDGYearMonth quad.IRI = XSDNS + `gYearMonth`
	XSDGYear      quad.IRI = XSDNS + `gYear`
	XSDDecimal    quad.IRI = XSDNS + `decimal`
	XSDInteger    quad.IRI = XSDNS + `integer`
	XSDDuration   quad.IRI = XSDNS + `duration`
)

// Lexicon is the label of facts that come from the built-in lexicon rather
// than from a sentence: a country's ISO code and Wikidata link, a
// grouping's full name and members, and what each lexicon entity (country,
// grouping, city, topic, office) is, its canonical name and an office's
// jurisdiction. Stored once, however many articles name the entity; the
// sentences that name it are the schema:mentions of their articles.
const Lexicon quad.IRI = IDNS + `lexicon`

// Typed returns a literal of the given XSD datatype.
func Typed(value string, datatype quad.IRI) quad.TypedString {
	return quad.TypedString{Value: quad.String(value), Type: datatype}
}
