// st2-prover: a long-running Groth16 prover for st2's circuits, on rapidsnark (the native prover of
// the circom/snarkjs toolchain, vendored as static libraries by go-rapidsnark).
//
// It loads each circuit's proving key once, at start, and then answers requests on stdin, one at a
// time (rapidsnark already spreads one proof over every core). Witnesses are computed by the caller
// (snarkjs's witness calculator) and sent in the .wtns format.
//
//	usage: st2-prover name=path/to/name.zkey ...
//	request:  u32 len, circuit name | u32 len, witness (.wtns bytes)     (big-endian lengths)
//	response: u8 status (0 ok, 1 error) | u32 len, payload
//	          payload ok: {"proof":{...},"publicSignals":[...]} as snarkjs writes them; error: a message
package main

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/iden3/go-rapidsnark/prover"
)

// Large enough for any st2 witness (the transfer's is under 1 MB), small enough to refuse garbage.
const maxFrame = 64 << 20

func main() {
	keys, err := loadKeys(os.Args[1:])
	if err != nil {
		fmt.Fprintln(os.Stderr, "st2-prover:", err)
		os.Exit(2)
	}
	in := bufio.NewReader(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	for {
		circuit, err := readFrame(in)
		if err == io.EOF {
			return // the caller closed stdin: done
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "st2-prover: bad request:", err)
			os.Exit(3)
		}
		witness, err := readFrame(in)
		if err != nil {
			fmt.Fprintln(os.Stderr, "st2-prover: bad request:", err)
			os.Exit(3)
		}
		payload, err := prove(keys, string(circuit), witness)
		if err != nil {
			err = writeResponse(out, 1, []byte(err.Error()))
		} else {
			err = writeResponse(out, 0, payload)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "st2-prover: cannot answer:", err)
			os.Exit(4)
		}
	}
}

func loadKeys(args []string) (map[string][]byte, error) {
	if len(args) == 0 {
		return nil, fmt.Errorf("usage: st2-prover name=path.zkey ...")
	}
	keys := make(map[string][]byte, len(args))
	for _, arg := range args {
		name, path, ok := strings.Cut(arg, "=")
		if !ok || name == "" {
			return nil, fmt.Errorf("argument %q is not name=path", arg)
		}
		zkey, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		keys[name] = zkey
	}
	return keys, nil
}

func prove(keys map[string][]byte, circuit string, witness []byte) ([]byte, error) {
	zkey, ok := keys[circuit]
	if !ok {
		return nil, fmt.Errorf("circuit %q is not loaded", circuit)
	}
	proof, publicSignals, err := prover.Groth16ProverRaw(zkey, witness)
	if err != nil {
		return nil, err
	}
	return []byte(`{"proof":` + proof + `,"publicSignals":` + publicSignals + `}`), nil
}

func readFrame(r io.Reader) ([]byte, error) {
	var size uint32
	if err := binary.Read(r, binary.BigEndian, &size); err != nil {
		return nil, err
	}
	if size > maxFrame {
		return nil, fmt.Errorf("frame of %d bytes exceeds %d", size, maxFrame)
	}
	frame := make([]byte, size)
	_, err := io.ReadFull(r, frame)
	if err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	return frame, err
}

func writeResponse(w *bufio.Writer, status byte, payload []byte) error {
	if err := w.WriteByte(status); err != nil {
		return err
	}
	if err := binary.Write(w, binary.BigEndian, uint32(len(payload))); err != nil {
		return err
	}
	if _, err := w.Write(payload); err != nil {
		return err
	}
	return w.Flush()
}
