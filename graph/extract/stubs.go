package extract

type quotation struct{}
type event struct{}
type shipment struct{}

func (d *doc) quoteSpans() []span { return nil }
func (d *doc) findQuotes()        {}
func (d *doc) findEvents()        {}
func (d *doc) findShipments()     {}
func (d *doc) findMembers()       {}
func (d *doc) emitQuotes()        {}
func (d *doc) emitEvents()        {}
func (d *doc) emitShipments()     {}

type span struct{ i, j int }
