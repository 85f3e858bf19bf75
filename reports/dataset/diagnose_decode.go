package dataset

import (
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
)

// fieldInfo is one JSON field of a struct type.
type fieldInfo struct {
	name  string
	index int
}

var dateType = reflect.TypeFor[Date]()

// typeNames says, for messages, what each object of the format is.
var typeNames = map[reflect.Type]string{
	reflect.TypeFor[Dataset]():    "the dataset",
	reflect.TypeFor[Country]():    "a country",
	reflect.TypeFor[Sector]():     "a sector",
	reflect.TypeFor[Indicator]():  "an indicator",
	reflect.TypeFor[Source]():     "a source",
	reflect.TypeFor[Record]():     "a record",
	reflect.TypeFor[Derivation](): "derived",
}

// path is a JSON path built on the way down and formatted only when a problem needs it.
type path struct {
	parent *path
	name   string // member name, or "" for an array element
	index  int
}

func (p *path) String() string {
	if p == nil {
		return ""
	}
	parent := p.parent.String()
	if p.name == "" {
		return parent + "[" + strconv.Itoa(p.index) + "]"
	}
	if parent == "" {
		return p.name
	}
	return parent + "." + p.name
}

// decode decodes the value at pos into v, reporting each structural problem, and returns the
// offset after the value. It follows encoding/json: null leaves a value as it is (and sets
// pointers and slices to nil), field names match case-insensitively when not exactly.
func (g *diagnosis) decode(pos int, v reflect.Value, at *path) int {
	t := &g.text
	k := t.kind(pos)
	if k == jsonNull {
		if v.Kind() == reflect.Pointer || v.Kind() == reflect.Slice {
			v.SetZero()
		}
		return t.end(pos)
	}
	switch {
	case v.Type() == dateType:
		return g.decodeDate(pos, v, at)
	case v.Kind() == reflect.Pointer:
		elem := reflect.New(v.Type().Elem())
		before := len(g.problems)
		end := g.decode(pos, elem.Elem(), at)
		// A number or date that failed leaves no value; an object keeps what it holds, so
		// that the rules still see it.
		if len(g.problems) == before || (k == jsonObject && elem.Elem().Kind() == reflect.Struct && v.Type().Elem() != dateType) {
			v.Set(elem)
		}
		return end
	case v.Kind() == reflect.Slice:
		if k != jsonArray {
			return g.wrongType(pos, at, "a list ([…])")
		}
		// A top-level list (a million records) is counted first and made at its size:
		// appending to it one by one copied it each time it grew, 2.7 s of the 8.3 s that
		// diagnosing a 300 MB document took (measured); counting costs a structural skip.
		size := 0
		if at != nil && at.parent == nil {
			t.elements(pos, func(_, value int) int { size++; return t.end(value) })
		}
		s := reflect.MakeSlice(v.Type(), 0, size)
		zero := reflect.Zero(v.Type().Elem())
		var offsets []int
		end := t.elements(pos, func(i, value int) int {
			s = reflect.Append(s, zero)
			if at != nil && at.parent == nil {
				offsets = append(offsets, value)
			}
			next := g.decode(value, s.Index(i), &path{parent: at, index: i})
			if r, ok := s.Index(i).Addr().Interface().(*Record); ok {
				g.words.share(r) // as the strict decoder does: a million records, a few thousand ids
			}
			return next
		})
		if at != nil && at.parent == nil {
			g.rootLists[at.name] = offsets
		}
		v.Set(s)
		return end
	case v.Kind() == reflect.Map && v.Type().Key().Kind() == reflect.String:
		if k != jsonObject {
			return g.wrongType(pos, at, "an object ({…})")
		}
		return g.decodeMap(pos, v, at)
	case v.Kind() == reflect.Struct:
		if k != jsonObject {
			return g.wrongType(pos, at, "an object ({…})")
		}
		return g.decodeObject(pos, v, at)
	case v.Kind() == reflect.String:
		if k != jsonString {
			return g.wrongType(pos, at, "a string")
		}
		end := t.end(pos)
		s, bad := t.str(pos, end)
		if bad >= 0 {
			g.problemAt(pos, at.String(), "invalid UTF-8 at byte offset %d: save the file as UTF-8", bad)
		}
		v.SetString(s)
		return end
	case v.Kind() == reflect.Bool:
		if k != jsonBool {
			return g.wrongType(pos, at, "true or false")
		}
		v.SetBool(t.data[pos] == 't')
		return t.end(pos)
	case v.Kind() == reflect.Float64:
		if k != jsonNumber {
			return g.wrongType(pos, at, "a number")
		}
		end := t.end(pos)
		f, err := strconv.ParseFloat(string(t.data[pos:end]), 64)
		if err != nil {
			g.problemAt(pos, at.String(), "the number %s is out of range", t.data[pos:end])
		} else {
			v.SetFloat(f)
		}
		return end
	}
	// A type the format does not use yet: let encoding/json decide.
	end := t.end(pos)
	if err := json.Unmarshal(t.data[pos:end], v.Addr().Interface()); err != nil {
		g.problemAt(pos, at.String(), "%v", err)
	}
	return end
}

func (g *diagnosis) wrongType(pos int, at *path, want string) int {
	g.problemAt(pos, at.String(), "must be %s, got %s", want, g.describe(pos))
	return g.text.end(pos)
}

func (g *diagnosis) decodeDate(pos int, v reflect.Value, at *path) int {
	if g.text.kind(pos) != jsonString {
		return g.wrongType(pos, at, "a date string (YYYY, YYYY-MM or YYYY-MM-DD)")
	}
	end := g.text.end(pos)
	s, _ := g.text.str(pos, end)
	d, err := ParseDate(s)
	if err != nil {
		g.problemAt(pos, at.String(), "%v", err)
	} else {
		v.Set(reflect.ValueOf(d))
	}
	return end
}

func (g *diagnosis) decodeObject(pos int, v reflect.Value, at *path) int {
	fields := g.fieldsOf(v.Type())
	seen := g.takeNames()
	defer g.giveNames(seen)
	return g.text.members(pos, func(key, keyEnd, value int) int {
		name, _ := g.text.str(key, keyEnd)
		if g.twice(seen, name, key, at) {
			return g.text.end(value)
		}
		f, ok := lookupField(fields, name)
		if !ok {
			msg := "unknown field"
			if near := nearestField(fields, name); near != "" {
				msg += "; did you mean " + strconv.Quote(near) + "?"
			} else {
				msg += ": " + typeNames[v.Type()] + " has no such field (see docs/dataset-format.md)"
			}
			g.problemAt(key, (&path{parent: at, name: name}).String(), "%s", msg)
			return g.text.end(value)
		}
		if f.name != name {
			// encoding/json would take "TITLE" for title; the format's names are exact.
			g.problemAt(key, (&path{parent: at, name: name}).String(), "unknown field: names are written exactly, in lower case: write %q", f.name)
			return g.text.end(value)
		}
		if at == nil {
			g.rootValues[f.name] = value
		}
		return g.decode(value, v.Field(f.index), &path{parent: at, name: f.name})
	})
}

// takeNames gives an empty set for the member names of one object (name → offset), reusing
// one that giveNames returned: a million records then need a few sets, not a million.
func (g *diagnosis) takeNames() map[string]int {
	if n := len(g.freeNames); n > 0 {
		m := g.freeNames[n-1]
		g.freeNames = g.freeNames[:n-1]
		return m
	}
	return map[string]int{}
}

func (g *diagnosis) giveNames(m map[string]int) {
	clear(m)
	g.freeNames = append(g.freeNames, m)
}

// twice reports a member name that the object already has: encoding/json would keep the
// last value and drop the first without a word.
func (g *diagnosis) twice(seen map[string]int, name string, key int, at *path) bool {
	first, dup := seen[name]
	if !dup {
		seen[name] = key
		return false
	}
	line, _ := g.text.line(first)
	g.problemAt(key, (&path{parent: at, name: name}).String(), "is given twice in the same object (first on line %d): keep one", line)
	return true
}

// decodeMap decodes an object keyed by free names (translations by language): each value is
// decoded and checked like any other, under its key; a repeated key is a problem.
func (g *diagnosis) decodeMap(pos int, v reflect.Value, at *path) int {
	m := reflect.MakeMap(v.Type())
	seen := map[string]int{}
	end := g.text.members(pos, func(key, keyEnd, value int) int {
		name, _ := g.text.str(key, keyEnd)
		if g.twice(seen, name, key, at) {
			return g.text.end(value)
		}
		elem := reflect.New(v.Type().Elem()).Elem()
		next := g.decode(value, elem, &path{parent: at, name: name})
		m.SetMapIndex(reflect.ValueOf(name).Convert(v.Type().Key()), elem)
		return next
	})
	v.Set(m)
	return end
}

func (g *diagnosis) fieldsOf(t reflect.Type) []fieldInfo {
	if fs, ok := g.fields[t]; ok {
		return fs
	}
	fs := jsonFields(t)
	g.fields[t] = fs
	return fs
}

// jsonFields lists the JSON names of a struct type's exported fields.
func jsonFields(t reflect.Type) []fieldInfo {
	var fs []fieldInfo
	for i := 0; i < t.NumField(); i++ {
		sf := t.Field(i)
		if !sf.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
		if name == "-" {
			continue
		}
		if name == "" {
			name = sf.Name
		}
		fs = append(fs, fieldInfo{name: name, index: i})
	}
	return fs
}

// lookupField matches a key to a field as encoding/json does: exactly, else ignoring case.
func lookupField(fields []fieldInfo, key string) (fieldInfo, bool) {
	for _, f := range fields {
		if f.name == key {
			return f, true
		}
	}
	for _, f := range fields {
		if strings.EqualFold(f.name, key) {
			return f, true
		}
	}
	return fieldInfo{}, false
}

// nearestField suggests the field a misspelt key was probably meant to be.
func nearestField(fields []fieldInfo, key string) string {
	best, bestDist := "", 3 // suggest only within two edits
	for _, f := range fields {
		if d := editDistance(strings.ToLower(key), f.name); d < bestDist {
			best, bestDist = f.name, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance between two short strings, by bytes.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
