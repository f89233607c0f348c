// name: placeholder
// description: x
g.V().all()
