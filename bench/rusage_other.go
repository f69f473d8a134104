//go:build !unix

package main

import "os"

// maxRSSKB is unknown without getrusage; the tables then show 0.
func maxRSSKB(*os.ProcessState) int64 { return 0 }

// selfMaxRSSKB is unknown without getrusage.
func selfMaxRSSKB() int64 { return 0 }

// cpuSeconds is the user + system CPU time of a finished child process.
func cpuSeconds(ps *os.ProcessState) float64 {
	if ps == nil {
		return 0
	}
	return (ps.UserTime() + ps.SystemTime()).Seconds()
}

// selfCPUSeconds is unknown without getrusage.
func selfCPUSeconds() float64 { return 0 }
