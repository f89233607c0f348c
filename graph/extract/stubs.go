package extract

type event struct{}

func (d *doc) findEvents() {}
func (d *doc) emitEvents() {}
