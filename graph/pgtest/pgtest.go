// Package pgtest gives tests a fresh PostgreSQL database on the server
// that NEWSGRAPH_TEST_POSTGRES names (a base URL such as
// postgres://postgres@127.0.0.1:5432/?sslmode=disable). Without it the
// tests that need one are skipped, unless NEWSGRAPH_REQUIRE_POSTGRES=1.
package pgtest

import (
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"testing"

	"github.com/lib/pq"
)

// URL creates a database of its own for the test, named uniquely, drops
// it when the test ends, and returns its connection URL.
func URL(tb testing.TB) string {
	tb.Helper()
	base := os.Getenv("NEWSGRAPH_TEST_POSTGRES")
	if base == "" {
		if os.Getenv("NEWSGRAPH_REQUIRE_POSTGRES") == "1" {
			tb.Fatal("NEWSGRAPH_REQUIRE_POSTGRES=1 but NEWSGRAPH_TEST_POSTGRES names no server")
		}
		tb.Skip("NEWSGRAPH_TEST_POSTGRES is not set (a postgres:// URL of a server to create test databases on)")
	}
	u, err := url.Parse(base)
	if err != nil {
		tb.Fatalf("NEWSGRAPH_TEST_POSTGRES: %v", err)
	}
	admin := *u
	if admin.Path == "" || admin.Path == "/" {
		admin.Path = "/postgres"
	}
	db, err := sql.Open("postgres", admin.String())
	if err != nil {
		tb.Fatal(err)
	}
	defer db.Close()
	b := make([]byte, 6)
	rand.Read(b)
	name := fmt.Sprintf("newsgraph_test_%d_%s", os.Getpid(), hex.EncodeToString(b))
	if _, err := db.Exec("CREATE DATABASE " + pq.QuoteIdentifier(name)); err != nil {
		tb.Fatalf("create test database on %s: %v", u.Redacted(), err)
	}
	tb.Cleanup(func() {
		db, err := sql.Open("postgres", admin.String())
		if err != nil {
			tb.Error(err)
			return
		}
		defer db.Close()
		if _, err := db.Exec("DROP DATABASE IF EXISTS " + pq.QuoteIdentifier(name) + " WITH (FORCE)"); err != nil {
			tb.Errorf("drop test database %s: %v", name, err)
		}
	})
	dbu := *u
	dbu.Path = "/" + name
	return dbu.String()
}
