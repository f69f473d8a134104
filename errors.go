package govkg

import (
	"errors"
	"fmt"
	"strconv"
	"unicode"
	"unicode/utf8"
)

// Error codes. Each maps to a process exit status so scripts can tell failures apart.
const (
	EINPUT    = "input"    // a report file could not be read or understood
	EUSAGE    = "usage"    // the command line was wrong
	ENOTFOUND = "notfound" // a named entity, query or report does not exist
	EDB       = "database" // Neo4j could not be reached or refused the work
	EINTERNAL = "internal"
)

// Error is a domain error with a code and a message fit for a user.
type Error struct {
	Code    string
	Message string
	Err     error
}

func (e *Error) Error() string {
	if e.Err != nil && e.Message == "" {
		return e.Err.Error()
	}
	if e.Err != nil {
		return e.Message + ": " + e.Err.Error()
	}
	return e.Message
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with the given code and formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, or EINTERNAL.
func ErrorCode(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ExitCode maps an error to the documented exit status: 0 ok, 2 usage, 1 anything else.
func ExitCode(err error) int {
	if err == nil {
		return 0
	}
	if ErrorCode(err) == EUSAGE {
		return 2
	}
	return 1
}

// Printable returns s as it may be printed in a one-line message or a table cell: s
// itself when every rune is graphic (letters, marks, numbers, punctuation, symbols and
// spaces), else s in double quotes with the rest escaped Go-style (\n, \x1b, \u2028),
// so that a file named "a\ngovkg: 0 of 9 inputs failed" cannot forge a line of
// output, nor an ESC sequence drive the terminal. Every file name in a message goes
// through it.
func Printable(s string) string {
	for _, r := range s {
		if r == utf8.RuneError || !unicode.IsGraphic(r) {
			return strconv.QuoteToGraphic(s)
		}
	}
	return s
}
