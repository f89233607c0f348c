// Usage: node check.js EXPORT.nq
// Loads a newsgraph N-Quads export into Oxigraph (which refuses malformed
// N-Quads) and prints, as JSON, every aid item with its shipment's donor
// and recipient names, sorted: what the saved query aid-shipments returns.
const fs = require("fs");
const ox = require("oxigraph");

const store = new ox.Store();
store.load(fs.readFileSync(process.argv[2], "utf8"), { format: "application/n-quads" });

const rows = [];
const q = `
PREFIX ng: <https://w3id.org/newsgraph/vocab/>
PREFIX schema: <http://schema.org/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT DISTINCT ?donor ?recipient ?item ?quantity ?unit WHERE {
  GRAPH ?g1 { ?s rdf:type ng:AidShipment }
  GRAPH ?g2 { ?s ng:includes ?i }
  GRAPH ?g3 { ?s ng:donor ?d } GRAPH ?g4 { ?d schema:name ?donor }
  GRAPH ?g5 { ?s ng:recipient ?r } GRAPH ?g6 { ?r schema:name ?recipient }
  GRAPH ?g7 { ?i schema:name ?item }
  OPTIONAL { GRAPH ?g8 { ?i ng:quantity ?quantity } }
  OPTIONAL { GRAPH ?g9 { ?i ng:unit ?unit } }
}`;
for (const b of store.query(q)) {
  const quantity = b.get("quantity");
  if (quantity && quantity.datatype.value !== "http://www.w3.org/2001/XMLSchema#decimal") {
    throw new Error("quantity is not an xsd:decimal: " + quantity.datatype.value);
  }
  rows.push({
    donor: b.get("donor").value,
    recipient: b.get("recipient").value,
    item: b.get("item").value,
    quantity: quantity ? Number(quantity.value) : null,
    unit: b.get("unit") ? b.get("unit").value : null,
  });
}
const lines = rows.map((r) => JSON.stringify(r)).sort();
console.log("[" + lines.join(",\n") + "]");
