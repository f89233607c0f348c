package extract

type event struct{}
type shipment struct{}

func (d *doc) findEvents()    {}
func (d *doc) findShipments() {}
func (d *doc) findMembers()   {}
func (d *doc) emitEvents()    {}
func (d *doc) emitShipments() {}
