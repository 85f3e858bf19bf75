// Command attache-cli makes Attaché's briefings without the desktop app: the same PDF and
// workbook from the same dataset and selection, for batch work and scripts.
//
//	attache-cli export [--dataset FILE] [--sectors a,b] [--from 2017] [--to 2019-06] ...
//	attache-cli validate FILE...
//	attache-cli list sectors|indicators|sources [--dataset FILE]
//	attache-cli import [--dataset IN.json | --new-pair AZE,KOR] --out OUT.json FILE...
//
// Exit status: 0 on success, 1 when the work fails, 2 on bad usage. Errors go to stderr.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"

	"attache/internal/buildinfo"
	"attache/reports/export"
)

// Exit statuses.
const (
	exitOK    = 0
	exitFail  = 1
	exitUsage = 2
)

// usageError marks a mistake in how the command was called (exit 2).
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

const mainUsage = `attache-cli makes Attaché briefings (PDF and Excel) from a bilateral dataset.

Usage:
  attache-cli export [flags]          make a PDF and/or a workbook from a selection
  attache-cli validate FILE...        check dataset files; every problem is listed
  attache-cli list sectors|indicators|sources [--dataset FILE]
  attache-cli import --out OUT.json FILE...  merge agency downloads or record tables into a dataset
  attache-cli --version

Run 'attache-cli COMMAND --help' for a command's flags. Without --dataset the bundled
Azerbaijan – Republic of Korea dataset is used.

Environment:
  ATTACHE_NO_CACHE=1  read every dataset file from its JSON: no entry of the user's cache
                      folder is read or written (by default a file loaded once is read
                      again from there)
`

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(export.SoftMemoryLimit) // see there
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run executes one command line and returns its exit status.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, mainUsage)
		return exitUsage
	}
	var err error
	switch args[0] {
	case "-h", "--help", "-help", "help":
		fmt.Fprint(stdout, mainUsage)
		return exitOK
	case "--version", "-version", "version":
		fmt.Fprintf(stdout, "attache-cli %s\n", buildinfo.Describe())
		return exitOK
	case "export":
		err = runExport(ctx, args[1:], stdout, stderr)
	case "validate":
		err = runValidate(args[1:], stdout, stderr)
	case "list":
		err = runList(args[1:], stdout, stderr)
	case "import":
		err = runImport(ctx, args[1:], stdout, stderr)
	default:
		err = usagef("unknown command %q\n\n%s", args[0], mainUsage)
	}
	var ue usageError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errHelp):
		return exitOK
	case errors.As(err, &ue):
		fmt.Fprintln(stderr, "attache-cli:", err)
		return exitUsage
	default:
		fmt.Fprintln(stderr, "attache-cli:", err)
		return exitFail
	}
}
