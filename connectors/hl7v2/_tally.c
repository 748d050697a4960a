/* The profiler's inner loop in C: each segment of a group of messages reduced to its shape,
 * looked up, counted and read, in one pass over the bytes.
 *
 * Optional: connectors/hl7v2/tally.py has the same function in Python, used when this
 * extension was not built, and the tests hold both to the same results. That module says what
 * the arguments and results mean; this file only makes it fast. Two things make it so: a
 * segment's key and the values it reads are hashed and counted in tables local to the call
 * (``Memo``), so a Python object is made once per distinct key or value, not once per segment;
 * and segment ids and kinds are counted by identity (``Tally``).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

/* --- Tally: object -> count, by identity ------------------------------------------------ */

typedef struct {
    PyObject **keys; /* strong references */
    Py_ssize_t *counts;
    size_t size; /* a power of two */
    size_t used;
} Tally;

static int
tally_init(Tally *t, size_t size)
{
    t->keys = PyMem_Calloc(size, sizeof(PyObject *));
    t->counts = PyMem_Calloc(size, sizeof(Py_ssize_t));
    t->size = size;
    t->used = 0;
    if (t->keys == NULL || t->counts == NULL) {
        PyMem_Free(t->keys);
        PyMem_Free(t->counts);
        t->keys = NULL;
        t->counts = NULL;
        PyErr_NoMemory();
        return -1;
    }
    return 0;
}

static void
tally_free(Tally *t)
{
    if (t->keys != NULL) {
        for (size_t i = 0; i < t->size; i++) {
            Py_XDECREF(t->keys[i]);
        }
    }
    PyMem_Free(t->keys);
    PyMem_Free(t->counts);
    t->keys = NULL;
    t->counts = NULL;
}

static size_t
tally_slot(const Tally *t, PyObject *key)
{
    size_t mask = t->size - 1;
    size_t i = (size_t)(((uintptr_t)key >> 4) * 0x9E3779B97F4A7C15ULL) & mask;
    while (t->keys[i] != NULL && t->keys[i] != key) {
        i = (i + 1) & mask;
    }
    return i;
}

static int
tally_add(Tally *t, PyObject *key, Py_ssize_t n)
{
    size_t i = tally_slot(t, key);
    if (t->keys[i] != NULL) {
        t->counts[i] += n;
        return 0;
    }
    if (2 * (t->used + 1) > t->size) {
        Tally bigger;
        if (tally_init(&bigger, 2 * t->size) < 0) {
            return -1;
        }
        for (size_t j = 0; j < t->size; j++) {
            if (t->keys[j] != NULL) {
                size_t k = tally_slot(&bigger, t->keys[j]);
                bigger.keys[k] = t->keys[j];
                bigger.counts[k] = t->counts[j];
            }
        }
        bigger.used = t->used;
        PyMem_Free(t->keys);
        PyMem_Free(t->counts);
        *t = bigger;
        i = tally_slot(t, key);
    }
    Py_INCREF(key);
    t->keys[i] = key;
    t->counts[i] = n;
    t->used++;
    return 0;
}

/* counts[key] += n */
static int
add_count(PyObject *counts, PyObject *key, Py_ssize_t n)
{
    PyObject *old = PyDict_GetItemWithError(counts, key);
    Py_ssize_t before = 0;
    if (old != NULL) {
        before = PyLong_AsSsize_t(old);
    }
    if (PyErr_Occurred()) {
        return -1;
    }
    PyObject *now = PyLong_FromSsize_t(before + n);
    int failed = now == NULL || PyDict_SetItem(counts, key, now) < 0;
    Py_XDECREF(now);
    return failed ? -1 : 0;
}

static int
tally_flush(const Tally *t, PyObject *counts)
{
    for (size_t i = 0; i < t->size; i++) {
        if (t->keys[i] != NULL && add_count(counts, t->keys[i], t->counts[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

/* --- Memo: byte string -> (what it means, count), by value ------------------------------- */

/* Which fields of a segment are read, and under what token their values are counted. */
typedef struct {
    PyObject *token;
    Py_ssize_t *fields; /* n_fields indexes, allocated with the meaning */
    Py_ssize_t *coded;  /* for each, whether only its coding systems are read; NULL: none is */
    Py_ssize_t n_fields;
    Py_ssize_t free_field;
    Py_ssize_t last; /* the highest field index read, -1 for none */
} Reads;

/* What an index entry says, unpacked once per distinct key. */
typedef struct {
    PyObject *entry; /* strong reference; the fields below are borrowed from it */
    PyObject *kind;
    PyObject *sid;
    Reads reads;
    unsigned long long bits;
    int z;
    /* the validation part of an 11-item entry (see tally.py): NULL check for none */
    PyObject *check;
    Py_ssize_t *positions; /* (field, repetition, component, subcomponent) the check reads */
    Py_ssize_t n_positions;
    Py_ssize_t probe_last; /* the highest field read, -1 for none */
    int check_flags; /* CHECK_ERROR | CHECK_SUSPECT | CHECK_HEADER */
    Py_ssize_t checked; /* segments of this key in messages validated here */
    PyObject *member_of; /* the last structure asked about this key's segment id */
    int member;
} Meaning;

#define CHECK_ERROR 1
#define CHECK_SUSPECT 2
#define CHECK_HEADER 4
#define SUSPECT_EDGE 0x10 /* a key's first byte: the segment starts with a blank (or ends
                            * with a byte past ASCII, maybe one) */

typedef struct {
    uint64_t hash;
    Py_ssize_t offset; /* into the arena; -1 for an empty slot */
    Py_ssize_t length;
    Py_ssize_t count;
    Meaning *meaning; /* NULL in a table of values read */
    Py_ssize_t first; /* in a table of sequences: the message that brought the key */
} Slot;

typedef struct {
    Slot *slots;
    size_t size; /* a power of two */
    size_t used;
    char *arena; /* the keys' bytes, one after the other */
    Py_ssize_t arena_size;
    Py_ssize_t arena_used;
} Memo;

/* Eight bytes a step: the keys are short, and a byte-a-step hash was a fifth of the time. */
static uint64_t
hash_bytes(const char *bytes, Py_ssize_t length)
{
    uint64_t h = 0x9E3779B97F4A7C15ULL ^ (uint64_t)length;
    Py_ssize_t i = 0;
    for (; i + 8 <= length; i += 8) {
        uint64_t word;
        memcpy(&word, bytes + i, 8);
        h = (h ^ word) * 0xff51afd7ed558ccdULL;
        h ^= h >> 32;
    }
    if (i < length) {
        uint64_t word = 0;
        memcpy(&word, bytes + i, (size_t)(length - i));
        h = (h ^ word) * 0xc4ceb9fe1a85ec53ULL;
        h ^= h >> 32;
    }
    return h ^ (h >> 29);
}

static int
memo_init(Memo *memo, size_t size)
{
    memo->slots = PyMem_Malloc(size * sizeof(Slot));
    memo->arena = PyMem_Malloc(1 << 16);
    memo->size = size;
    memo->used = 0;
    memo->arena_size = 1 << 16;
    memo->arena_used = 0;
    if (memo->slots == NULL || memo->arena == NULL) {
        PyMem_Free(memo->slots);
        PyMem_Free(memo->arena);
        memo->slots = NULL;
        memo->arena = NULL;
        PyErr_NoMemory();
        return -1;
    }
    for (size_t i = 0; i < size; i++) {
        memo->slots[i].offset = -1;
    }
    return 0;
}

static void
memo_free(Memo *memo)
{
    if (memo->slots != NULL) {
        for (size_t i = 0; i < memo->size; i++) {
            Meaning *meaning = memo->slots[i].meaning;
            if (memo->slots[i].offset >= 0 && meaning != NULL) {
                Py_DECREF(meaning->entry);
                PyMem_Free(meaning);
            }
        }
    }
    PyMem_Free(memo->slots);
    PyMem_Free(memo->arena);
    memo->slots = NULL;
    memo->arena = NULL;
}

static Slot *
memo_find(const Memo *memo, uint64_t hash, const char *bytes, Py_ssize_t length)
{
    size_t mask = memo->size - 1;
    size_t i = (size_t)hash & mask;
    for (;;) {
        Slot *slot = &memo->slots[i];
        if (slot->offset < 0
            || (slot->hash == hash && slot->length == length
                && memcmp(memo->arena + slot->offset, bytes, (size_t)length) == 0)) {
            return slot;
        }
        i = (i + 1) & mask;
    }
}

/* Store a key not yet in the table, counted once; returns its slot, NULL on failure. */
static Slot *
memo_insert(Memo *memo, uint64_t hash, const char *bytes, Py_ssize_t length)
{
    if (2 * (memo->used + 1) > memo->size) {
        Slot *old = memo->slots;
        size_t old_size = memo->size;
        Slot *slots = PyMem_Malloc(2 * old_size * sizeof(Slot));
        if (slots == NULL) {
            PyErr_NoMemory();
            return NULL;
        }
        memo->slots = slots;
        memo->size = 2 * old_size;
        for (size_t i = 0; i < memo->size; i++) {
            slots[i].offset = -1;
        }
        for (size_t i = 0; i < old_size; i++) {
            if (old[i].offset >= 0) {
                size_t j = (size_t)old[i].hash & (memo->size - 1);
                while (slots[j].offset >= 0) {
                    j = (j + 1) & (memo->size - 1);
                }
                slots[j] = old[i];
            }
        }
        PyMem_Free(old);
    }
    if (memo->arena_used + length > memo->arena_size) {
        Py_ssize_t size = 2 * (memo->arena_size + length);
        char *arena = PyMem_Realloc(memo->arena, (size_t)size);
        if (arena == NULL) {
            PyErr_NoMemory();
            return NULL;
        }
        memo->arena = arena;
        memo->arena_size = size;
    }
    Slot *slot = memo_find(memo, hash, bytes, length);
    memcpy(memo->arena + memo->arena_used, bytes, (size_t)length);
    slot->hash = hash;
    slot->offset = memo->arena_used;
    slot->length = length;
    slot->count = 1;
    slot->meaning = NULL;
    slot->first = -1;
    memo->arena_used += length;
    memo->used++;
    return slot;
}

/* --- one segment ------------------------------------------------------------------------ */

/* ``reads`` from a tuple of field indexes (and one of coded flags, or NULL); -1 on failure */
static int
reads_of(Reads *reads, PyObject *fields, PyObject *coded, Py_ssize_t *room, PyObject *token,
         Py_ssize_t free_field)
{
    reads->token = token;
    reads->fields = room;
    reads->n_fields = PyTuple_GET_SIZE(fields);
    reads->coded = coded == NULL ? NULL : room + reads->n_fields;
    reads->free_field = free_field;
    reads->last = free_field;
    for (Py_ssize_t f = 0; f < reads->n_fields; f++) {
        reads->fields[f] = PyLong_AsSsize_t(PyTuple_GET_ITEM(fields, f));
        if (coded != NULL) {
            reads->coded[f] = PyObject_IsTrue(PyTuple_GET_ITEM(coded, f));
            if (reads->coded[f] < 0) {
                return -1;
            }
        }
        if (reads->fields[f] > reads->last) {
            reads->last = reads->fields[f];
        }
        if (reads->fields[f] < 0) {
            if (!PyErr_Occurred()) {
                PyErr_SetString(PyExc_ValueError, "tally(): a field index is negative");
            }
            return -1;
        }
    }
    return 0;
}

/* What an entry of ``index`` says, checked and unpacked; NULL on failure. */
static Meaning *
meaning_of(PyObject *entry)
{
    Py_ssize_t size = PyTuple_Check(entry) ? PyTuple_GET_SIZE(entry) : 0;
    if ((size != 8 && size != 11) || !PyTuple_Check(PyTuple_GET_ITEM(entry, 4))
        || !PyTuple_Check(PyTuple_GET_ITEM(entry, 5))
        || PyTuple_GET_SIZE(PyTuple_GET_ITEM(entry, 4))
               != PyTuple_GET_SIZE(PyTuple_GET_ITEM(entry, 5))
        || (size == 11 && !PyTuple_Check(PyTuple_GET_ITEM(entry, 9)))) {
        PyErr_SetString(PyExc_TypeError, "tally(): an index entry must be an 8-tuple (11 when "
                                         "validating), fields and coded alike");
        return NULL;
    }
    PyObject *fields = PyTuple_GET_ITEM(entry, 4), *coded = PyTuple_GET_ITEM(entry, 5);
    PyObject *probes = size == 11 ? PyTuple_GET_ITEM(entry, 9) : NULL;
    Py_ssize_t n_fields = PyTuple_GET_SIZE(fields);
    Py_ssize_t n_probes = probes == NULL ? 0 : PyTuple_GET_SIZE(probes);
    /* the meaning and its field indexes in one block, freed together */
    Meaning *meaning = PyMem_Malloc(sizeof(Meaning)
                                    + (2 * (size_t)n_fields + (size_t)n_probes) * sizeof(Py_ssize_t));
    if (meaning == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    Py_ssize_t *room = (Py_ssize_t *)(meaning + 1);
    meaning->entry = entry;
    meaning->kind = PyTuple_GET_ITEM(entry, 0);
    meaning->sid = PyTuple_GET_ITEM(entry, 2);
    meaning->bits = PyLong_AsUnsignedLongLong(PyTuple_GET_ITEM(entry, 1));
    meaning->z = PyObject_IsTrue(PyTuple_GET_ITEM(entry, 7));
    meaning->check = NULL;
    meaning->check_flags = 0;
    meaning->checked = 0;
    meaning->member_of = NULL;
    meaning->member = 0;
    meaning->positions = room + 2 * n_fields;
    meaning->n_positions = n_probes / 4;
    meaning->probe_last = -1;
    Py_ssize_t free_field = PyLong_AsSsize_t(PyTuple_GET_ITEM(entry, 6));
    int failed = PyErr_Occurred() != NULL
                 || reads_of(&meaning->reads, fields, coded, room, PyTuple_GET_ITEM(entry, 3),
                             free_field) < 0;
    if (!failed && size == 11) {
        PyObject *check = PyTuple_GET_ITEM(entry, 8);
        meaning->check = check == Py_None ? NULL : check;
        meaning->check_flags = (int)PyLong_AsLong(PyTuple_GET_ITEM(entry, 10));
        for (Py_ssize_t i = 0; i < n_probes && !failed; i++) {
            meaning->positions[i] = PyLong_AsSsize_t(PyTuple_GET_ITEM(probes, i));
            failed = PyErr_Occurred() != NULL || meaning->positions[i] < -1
                     || (i % 4 == 0 && meaning->positions[i] < 0);
            if (i % 4 == 0 && meaning->positions[i] > meaning->probe_last) {
                meaning->probe_last = meaning->positions[i];
            }
        }
        failed = failed || PyErr_Occurred() != NULL || n_probes % 4 != 0;
    }
    if (failed || meaning->z < 0 || free_field < -1) {
        if (!PyErr_Occurred()) {
            PyErr_SetString(PyExc_ValueError, "tally(): a free-text field index is negative");
        }
        PyMem_Free(meaning);
        return NULL;
    }
    Py_INCREF(entry);
    return meaning;
}

/* What a coded field holds that a profile counts: each repetition reduced to its coding
 * system (component 3) and alternate coding system (component 6), ``^^LN`` or ``^^LN^^^L``,
 * empty when it has neither; repetitions kept. Codes and texts differ from message to message
 * and would make every value new; their coding systems repeat. Written to ``out`` (at most
 * ``length`` bytes); returns its length. The same as tally.py's ``coding_systems``. */
static Py_ssize_t
coding_systems(const char *value, Py_ssize_t length, const unsigned char *table, char *out)
{
    char *start = out;
    Py_ssize_t component = 1, begin = 0, three = 0, three_end = 0, six = 0, six_end = 0;
    char comp = 0;
    for (Py_ssize_t i = 0; i <= length; i++) {
        unsigned char mark = i < length ? table[(unsigned char)value[i]] : '~';
        if (mark != '^' && mark != '~') {
            continue;
        }
        if (component == 3) {
            three = begin;
            three_end = i;
        }
        else if (component == 6) {
            six = begin;
            six_end = i;
        }
        begin = i + 1;
        if (mark == '^') {
            comp = value[i];
            component++;
            continue;
        }
        /* the end of a repetition: write it, then start the next */
        if (three_end > three || six_end > six) {
            /* "^^" + system, and "^^^" + alternate when there is one */
            *out++ = comp;
            *out++ = comp;
            memcpy(out, value + three, (size_t)(three_end - three));
            out += three_end - three;
            if (six_end > six) {
                *out++ = comp;
                *out++ = comp;
                *out++ = comp;
                memcpy(out, value + six, (size_t)(six_end - six));
                out += six_end - six;
            }
        }
        if (i < length) {
            *out++ = value[i]; /* the repetition separator */
        }
        component = 1;
        three = three_end = six = six_end = 0;
    }
    return out - start;
}

static int read_values(const char *segment, Py_ssize_t length, const unsigned char *table,
                       const Reads *meaning, char fs, Py_ssize_t *starts, Memo *reads,
                       char **scratch, Py_ssize_t *scratch_size, PyObject *free_types,
                       unsigned long long free_bit, unsigned long long *mask);

/* Read what ``meaning`` wants from one segment: count the values in ``reads`` (as a byte
 * string: the token's address, then each value's length and bytes), and set ``free_bit`` in
 * ``mask`` when the free-text field holds one of ``free_types``. */
static int
read_fields(const char *segment, Py_ssize_t length, const unsigned char *table,
            const Reads *meaning, char fs, Memo *reads, char **scratch, Py_ssize_t *scratch_size,
            PyObject *free_types, unsigned long long free_bit, unsigned long long *mask)
{
    Py_ssize_t last = meaning->last;
    Py_ssize_t few[64];
    Py_ssize_t *starts = few;
    if (last + 2 > 64) { /* a field past the 62nd: rare enough to allocate for */
        starts = PyMem_Malloc((size_t)(last + 2) * sizeof(Py_ssize_t));
        if (starts == NULL) {
            PyErr_NoMemory();
            return -1;
        }
    }
    int failed = read_values(segment, length, table, meaning, fs, starts, reads, scratch,
                             scratch_size, free_types, free_bit, mask);
    if (starts != few) {
        PyMem_Free(starts);
    }
    return failed;
}

/* Where the fields of a segment start, up to field last + 1: starts[i] is the offset of
   field i, so field i is segment[starts[i] : starts[i + 1] - 1]. Returns how many were found. */
static Py_ssize_t
field_starts(const char *segment, Py_ssize_t length, char fs, Py_ssize_t last, Py_ssize_t *starts)
{
    Py_ssize_t found = 1;
    starts[0] = 0;
    const char *at = segment, *stop = segment + length;
    while (found <= last + 1) {
        const char *next = memchr(at, fs, (size_t)(stop - at));
        if (next == NULL) {
            break;
        }
        starts[found++] = next - segment + 1;
        at = next + 1;
    }
    return found;
}

static int
read_values(const char *segment, Py_ssize_t length, const unsigned char *table,
            const Reads *meaning, char fs, Py_ssize_t *starts, Memo *reads, char **scratch,
            Py_ssize_t *scratch_size, PyObject *free_types, unsigned long long free_bit,
            unsigned long long *mask)
{
    Py_ssize_t last = meaning->last;
    Py_ssize_t found = field_starts(segment, length, fs, last, starts);
    if (found <= last) {
        PyErr_SetString(PyExc_IndexError, "tally(): a segment has fewer fields than its plan");
        return -1;
    }
    if (found == last + 1) { /* the last field read runs to the end of the segment */
        starts[last + 1] = length + 1;
    }
    if (meaning->free_field >= 0) {
        Py_ssize_t a = starts[meaning->free_field];
        PyObject *value =
            PyBytes_FromStringAndSize(segment + a, starts[meaning->free_field + 1] - 1 - a);
        if (value == NULL) {
            return -1;
        }
        int in = PySet_Contains(free_types, value);
        Py_DECREF(value);
        if (in < 0) {
            return -1;
        }
        if (in) {
            *mask |= free_bit;
        }
    }
    if (meaning->n_fields == 0) {
        return 0;
    }
    /* the key: the token, then each field's length and bytes (a field may be read twice) */
    Py_ssize_t need = (Py_ssize_t)sizeof(PyObject *);
    for (Py_ssize_t k = 0; k < meaning->n_fields; k++) {
        Py_ssize_t f = meaning->fields[k];
        need += (Py_ssize_t)sizeof(Py_ssize_t) + starts[f + 1] - 1 - starts[f];
    }
    if (*scratch_size < need) {
        PyMem_Free(*scratch);
        *scratch_size = 2 * need;
        *scratch = PyMem_Malloc((size_t)*scratch_size);
        if (*scratch == NULL) {
            *scratch_size = 0;
            PyErr_NoMemory();
            return -1;
        }
    }
    char *out = *scratch;
    memcpy(out, &meaning->token, sizeof(PyObject *));
    out += sizeof(PyObject *);
    for (Py_ssize_t k = 0; k < meaning->n_fields; k++) {
        Py_ssize_t f = meaning->fields[k];
        Py_ssize_t size = starts[f + 1] - 1 - starts[f];
        char *value = out + sizeof(Py_ssize_t);
        if (meaning->coded != NULL && meaning->coded[k]) {
            size = coding_systems(segment + starts[f], size, table, value);
        }
        else {
            memcpy(value, segment + starts[f], (size_t)size);
        }
        memcpy(out, &size, sizeof(Py_ssize_t));
        out = value + size;
    }
    Py_ssize_t key_length = out - *scratch;
    uint64_t hash = hash_bytes(*scratch, key_length);
    Slot *slot = memo_find(reads, hash, *scratch, key_length);
    if (slot->offset >= 0) {
        slot->count++;
        return 0;
    }
    return memo_insert(reads, hash, *scratch, key_length) == NULL ? -1 : 0;
}

/* [*a, *b) narrowed to its ``index``-th part, split on the bytes ``table`` marks ``mark``. */
static void
narrow(const char *s, const unsigned char *table, unsigned char mark, Py_ssize_t index,
       Py_ssize_t *a, Py_ssize_t *b)
{
    Py_ssize_t part = 0, begin = *a, i = *a;
    for (; i < *b; i++) {
        if (table[(unsigned char)s[i]] == mark) {
            if (part == index) {
                break;
            }
            part++;
            begin = i + 1;
        }
    }
    *a = part == index ? begin : *b; /* a part the segment lacks reads as empty */
    *b = part == index ? i : *b;
}

/* Read the values a check probes in one segment (its ``positions``) and count them in
 * ``probed`` under the check, as read_values counts a plan's fields under its token. */
static int
read_probes(const char *segment, Py_ssize_t length, const unsigned char *table,
            const Meaning *meaning, char fs, Memo *probed, char **scratch,
            Py_ssize_t *scratch_size)
{
    Py_ssize_t last = meaning->probe_last;
    Py_ssize_t few[64];
    Py_ssize_t *starts = few;
    int failed = -1;
    if (last + 2 > 64 && (starts = PyMem_Malloc((size_t)(last + 2) * sizeof(Py_ssize_t))) == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    Py_ssize_t found = field_starts(segment, length, fs, last, starts);
    if (found <= last) {
        PyErr_SetString(PyExc_IndexError, "tally(): a segment has fewer fields than its check");
        goto done;
    }
    if (found == last + 1) {
        starts[last + 1] = length + 1;
    }
    Py_ssize_t need = (Py_ssize_t)sizeof(PyObject *);
    for (Py_ssize_t k = 0; k < meaning->n_positions; k++) {
        Py_ssize_t f = meaning->positions[4 * k];
        need += (Py_ssize_t)sizeof(Py_ssize_t) + starts[f + 1] - 1 - starts[f];
    }
    if (*scratch_size < need) {
        PyMem_Free(*scratch);
        *scratch_size = 2 * need;
        *scratch = PyMem_Malloc((size_t)*scratch_size);
        if (*scratch == NULL) {
            *scratch_size = 0;
            PyErr_NoMemory();
            goto done;
        }
    }
    char *out = *scratch;
    memcpy(out, &meaning->check, sizeof(PyObject *));
    out += sizeof(PyObject *);
    for (Py_ssize_t k = 0; k < meaning->n_positions; k++) {
        const Py_ssize_t *where = meaning->positions + 4 * k;
        Py_ssize_t a = starts[where[0]], b = starts[where[0] + 1] - 1;
        if (where[1] >= 0) {
            narrow(segment, table, '~', where[1], &a, &b);
        }
        if (where[2] >= 0) {
            narrow(segment, table, '^', where[2], &a, &b);
        }
        if (where[3] >= 0) {
            narrow(segment, table, '&', where[3], &a, &b);
        }
        Py_ssize_t size = b - a;
        memcpy(out, &size, sizeof(Py_ssize_t));
        memcpy(out + sizeof(Py_ssize_t), segment + a, (size_t)size);
        out += sizeof(Py_ssize_t) + size;
    }
    Py_ssize_t key_length = out - *scratch;
    uint64_t hash = hash_bytes(*scratch, key_length);
    Slot *slot = memo_find(probed, hash, *scratch, key_length);
    if (slot->offset >= 0) {
        slot->count++;
        failed = 0;
    }
    else {
        failed = memo_insert(probed, hash, *scratch, key_length) == NULL ? -1 : 0;
    }
done:
    if (starts != few) {
        PyMem_Free(starts);
    }
    return failed;
}

/* reads[(token, values)] += n for every byte string counted by read_fields */
static int
flush_reads(const Memo *memo, PyObject *reads)
{
    for (size_t i = 0; i < memo->size; i++) {
        const Slot *slot = &memo->slots[i];
        if (slot->offset < 0) {
            continue;
        }
        const char *at = memo->arena + slot->offset, *stop = at + slot->length;
        PyObject *token;
        memcpy(&token, at, sizeof(PyObject *)); /* alive: its entry is in the shapes' memo */
        at += sizeof(PyObject *);
        PyObject *values = PyList_New(0);
        if (values == NULL) {
            return -1;
        }
        while (at < stop) {
            Py_ssize_t size;
            memcpy(&size, at, sizeof(Py_ssize_t));
            at += sizeof(Py_ssize_t);
            PyObject *value = PyBytes_FromStringAndSize(at, size);
            at += size;
            if (value == NULL || PyList_Append(values, value) < 0) {
                Py_XDECREF(value);
                Py_DECREF(values);
                return -1;
            }
            Py_DECREF(value);
        }
        PyObject *read;
        if (PyList_GET_SIZE(values) == 1) {
            read = PyList_GET_ITEM(values, 0);
            Py_INCREF(read);
        }
        else {
            read = PyList_AsTuple(values);
        }
        Py_DECREF(values);
        if (read == NULL) {
            return -1;
        }
        PyObject *key = PyTuple_Pack(2, token, read);
        Py_DECREF(read);
        if (key == NULL) {
            return -1;
        }
        int failed = add_count(reads, key, slot->count);
        Py_DECREF(key);
        if (failed < 0) {
            return -1;
        }
    }
    return 0;
}

/* The meaning of a segment's key: from the memo, else from ``index``, else from ``missing``. */
static Meaning *
meaning_for(Memo *shapes, const char *key, Py_ssize_t length, PyObject *index, PyObject *missing)
{
    uint64_t hash = hash_bytes(key, length);
    Slot *slot = memo_find(shapes, hash, key, length);
    if (slot->offset >= 0) {
        slot->count++;
        return slot->meaning;
    }
    PyObject *key_obj = PyBytes_FromStringAndSize(key, length);
    if (key_obj == NULL) {
        return NULL;
    }
    PyObject *entry = PyDict_GetItemWithError(index, key_obj);
    if (entry != NULL) {
        Py_INCREF(entry);
    }
    else if (!PyErr_Occurred()) {
        entry = PyObject_CallOneArg(missing, key_obj);
    }
    Py_DECREF(key_obj);
    if (entry == NULL) {
        return NULL;
    }
    Meaning *meaning = meaning_of(entry);
    Py_DECREF(entry); /* meaning_of keeps its own reference */
    if (meaning == NULL) {
        return NULL;
    }
    slot = memo_insert(shapes, hash, key, length);
    if (slot == NULL) {
        Py_DECREF(meaning->entry);
        PyMem_Free(meaning);
        return NULL;
    }
    slot->meaning = meaning;
    return meaning;
}

/* --- the group -------------------------------------------------------------------------- */

#define MAX_SEEN 64 /* distinct segment ids a message remembers in an array, before a set */

typedef struct {
    PyObject *seen[MAX_SEEN]; /* borrowed from the memo's entries */
    int n_seen;
    PyObject *many; /* a set, once the ids are too many for ``seen`` */
} Ids;

/* 1 when ``sid`` is new in this message, 0 when seen before, -1 on failure. */
static int
first_sight(Ids *ids, PyObject *sid)
{
    if (ids->many != NULL) {
        int in = PySet_Contains(ids->many, sid);
        if (in < 0 || (!in && PySet_Add(ids->many, sid) < 0)) {
            return -1;
        }
        return !in;
    }
    for (int s = 0; s < ids->n_seen; s++) {
        if (ids->seen[s] == sid) {
            return 0;
        }
    }
    if (ids->n_seen < MAX_SEEN) {
        ids->seen[ids->n_seen++] = sid;
        return 1;
    }
    ids->many = PySet_New(NULL);
    if (ids->many == NULL) {
        return -1;
    }
    for (int s = 0; s < ids->n_seen; s++) {
        if (PySet_Add(ids->many, ids->seen[s]) < 0) {
            return -1;
        }
    }
    return PySet_Add(ids->many, sid) < 0 ? -1 : 1;
}

/* --- validation --------------------------------------------------------------------- */

/* The class of a content byte as validation sees it: 0 blank (what Python's str.strip takes
 * away in ASCII), 1 past ASCII (blank or not depending on the charset: U+00A0, U+3000...),
 * 2 anything else. A run of content is "x" when it holds a class 2 byte, "w" when it is
 * blank, "u" when it may be (see tally.py). */
static unsigned char klass[256];

static void
klass_init(void)
{
    for (int c = 0; c < 256; c++) {
        klass[c] = c >= 0x80 ? 1 : 2;
    }
    for (const char *b = " \t\n\v\f\r\x1c\x1d\x1e\x1f"; *b; b++) {
        klass[(unsigned char)*b] = 0;
    }
}

/* A segment of a validated message whose check counts once the whole message is known. */
typedef struct {
    Meaning *meaning;
    Py_ssize_t start;
    Py_ssize_t length;
} Held;

/* One message's validation while its segments go by: the segments held, and its key in
 * ``sequences`` (the structure's address, a flags byte, then per non-empty segment the
 * length of its id, up to three, and the id). */
typedef struct {
    Held *held;
    Py_ssize_t n_held;
    Py_ssize_t held_size;
    char *seq;
    Py_ssize_t seq_used;
    Py_ssize_t seq_size;
} Pending;

static int
pending_hold(Pending *p, Meaning *meaning, Py_ssize_t start, Py_ssize_t length)
{
    if (p->n_held == p->held_size) {
        Py_ssize_t size = p->held_size ? 2 * p->held_size : 64;
        Held *held = PyMem_Realloc(p->held, (size_t)size * sizeof(Held));
        if (held == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        p->held = held;
        p->held_size = size;
    }
    p->held[p->n_held++] = (Held){meaning, start, length};
    return 0;
}

static int
pending_id(Pending *p, const char *sid, Py_ssize_t length)
{
    if (p->seq_used + 4 > p->seq_size) {
        Py_ssize_t size = 2 * (p->seq_size + 4);
        char *seq = PyMem_Realloc(p->seq, (size_t)size);
        if (seq == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        p->seq = seq;
        p->seq_size = size;
    }
    p->seq[p->seq_used++] = (char)length;
    memcpy(p->seq + p->seq_used, sid, (size_t)length);
    p->seq_used += length;
    return 0;
}

/* sequences[(structure, flags and ids)] += n for every key counted in ``memo``, and
 * firsts[that key] = the message of the group that brought it */
static int
flush_sequences(const Memo *memo, PyObject *sequences, PyObject *firsts)
{
    for (size_t i = 0; i < memo->size; i++) {
        const Slot *slot = &memo->slots[i];
        if (slot->offset < 0) {
            continue;
        }
        const char *at = memo->arena + slot->offset;
        PyObject *structure;
        memcpy(&structure, at, sizeof(PyObject *)); /* alive: in the caller's ``checks`` */
        PyObject *ids = PyBytes_FromStringAndSize(at + sizeof(PyObject *),
                                                  slot->length - (Py_ssize_t)sizeof(PyObject *));
        PyObject *key = ids == NULL ? NULL : PyTuple_Pack(2, structure, ids);
        Py_XDECREF(ids);
        if (key == NULL) {
            return -1;
        }
        PyObject *first = PyLong_FromSsize_t(slot->first);
        int failed = first == NULL || add_count(sequences, key, slot->count) < 0
                     || PyDict_SetItem(firsts, key, first) < 0;
        Py_XDECREF(first);
        Py_DECREF(key);
        if (failed) {
            return -1;
        }
    }
    return 0;
}

/* A segment's shape as validation keys it: content runs as "x", "w" or "u" (see klass). */
static char *
validation_shape(const char *data, Py_ssize_t start, Py_ssize_t end, const unsigned char *table,
                 char *out)
{
    int in_content = 0;
    char *run = out;
    unsigned char state = 0;
    for (Py_ssize_t i = start; i < end; i++) {
        unsigned char c = (unsigned char)data[i];
        unsigned char mark = table[c];
        if (mark == ' ') {
            unsigned char k = klass[c];
            if (!in_content) {
                run = out++;
                state = k;
            }
            else if (k > state) {
                state = k;
            }
            *run = "wux"[state];
            in_content = 1;
        }
        else {
            *out++ = (char)mark;
            in_content = 0;
        }
    }
    return out;
}

static PyObject *
tally(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 10 && nargs != 16) {
        PyErr_SetString(PyExc_TypeError, "tally() takes 10 arguments, or 16 when validating");
        return NULL;
    }
    PyObject *messages = args[0], *table_obj = args[1], *index = args[2], *missing = args[3];
    PyObject *allowed = args[4], *kind_counts = args[5], *sid_counts = args[6];
    PyObject *reads = args[7], *free_types = args[8];
    int validating = nargs == 16;
    PyObject *checks = NULL, *check_counts = NULL, *check_reads = NULL, *sequences = NULL;
    PyObject *slow = NULL, *firsts = NULL;
    if (validating) {
        checks = args[10], check_counts = args[11], check_reads = args[12];
        sequences = args[13], slow = args[14], firsts = args[15];
        if (!PyList_Check(checks) || PyList_GET_SIZE(checks) != PyList_GET_SIZE(args[0])
            || !PyDict_Check(check_counts) || !PyDict_Check(check_reads)
            || !PyDict_Check(sequences) || !PyList_Check(slow) || !PyDict_Check(firsts)) {
            PyErr_SetString(PyExc_TypeError, "tally(): bad validation arguments");
            return NULL;
        }
    }
    unsigned long long free_bit = PyLong_AsUnsignedLongLong(args[9]);
    if (free_bit == (unsigned long long)-1 && PyErr_Occurred()) {
        return NULL;
    }
    if (!PyList_Check(messages) || !PyBytes_Check(table_obj) || PyBytes_GET_SIZE(table_obj) != 256
        || !PyDict_Check(index) || !PyList_Check(allowed)
        || PyList_GET_SIZE(allowed) != PyList_GET_SIZE(messages) || !PyDict_Check(kind_counts)
        || !PyDict_Check(sid_counts) || !PyDict_Check(reads) || !PyAnySet_Check(free_types)) {
        PyErr_SetString(PyExc_TypeError, "tally(): bad arguments");
        return NULL;
    }
    const unsigned char *table = (const unsigned char *)PyBytes_AS_STRING(table_obj);
    const char *marked = memchr(table, '|', 256);
    if (marked == NULL) {
        PyErr_SetString(PyExc_ValueError, "tally(): the table marks no field separator");
        return NULL;
    }
    char fs = (char)(marked - (const char *)table); /* the byte the table marks with "|" */
    Py_ssize_t n_messages = PyList_GET_SIZE(messages);
    PyObject *masks = NULL, *outside = NULL, *z_segments = NULL, *z_tokens = NULL;
    PyObject *result = NULL;
    char *key = NULL, *scratch = NULL;
    Py_ssize_t key_size = 0, scratch_size = 0;
    Tally sids = {0};
    Memo shapes = {0}, values = {0}, probed = {0}, seqs = {0};
    Ids ids = {.n_seen = 0, .many = NULL};
    Pending pending = {0};

    masks = PyList_New(n_messages);
    outside = PyList_New(0);
    z_segments = PyList_New(0);
    z_tokens = PyList_New(0);
    if (masks == NULL || outside == NULL || z_segments == NULL || z_tokens == NULL
        || tally_init(&sids, 256) < 0 || memo_init(&shapes, 1024) < 0
        || memo_init(&values, 1024) < 0
        || (validating && (memo_init(&probed, 1024) < 0 || memo_init(&seqs, 256) < 0))) {
        goto done;
    }
    for (Py_ssize_t m = 0; m < n_messages; m++) {
        PyObject *message = PyList_GET_ITEM(messages, m);
        if (!PyBytes_Check(message)) {
            PyErr_SetString(PyExc_TypeError, "tally(): messages must be bytes");
            goto done;
        }
        PyObject *allowed_here = PyList_GET_ITEM(allowed, m);
        int outside_here = 0;
        const char *data = PyBytes_AS_STRING(message);
        Py_ssize_t size = PyBytes_GET_SIZE(message);
        unsigned long long mask = 0;
        ids.n_seen = 0;
        Py_CLEAR(ids.many);
        /* validation: 0 none, 1 checked against the structure ``structure``, 2 the slow way */
        PyObject *structure = validating ? PyList_GET_ITEM(checks, m) : Py_None;
        int mode = structure == Py_None ? 0 : (PyAnySet_Check(structure) ? 1 : 2);
        int suspect = 0;
        pending.n_held = 0;
        pending.seq_used = (Py_ssize_t)sizeof(PyObject *) + 1;
        if (mode == 1 && pending.seq_size < pending.seq_used) {
            pending.seq_size = 256;
            pending.seq = PyMem_Realloc(pending.seq, (size_t)pending.seq_size);
            if (pending.seq == NULL) {
                PyErr_NoMemory();
                goto done;
            }
        }
        Py_ssize_t start = 0;
        for (;;) {
            const char *cr = memchr(data + start, '\r', (size_t)(size - start));
            Py_ssize_t end = cr == NULL ? size : cr - data;
            Py_ssize_t length = end - start;
            Py_ssize_t sid_length = length < 3 ? length : 3;
            if (key_size < length + 8) {
                key_size = 2 * (length + 8);
                PyMem_Free(key);
                key = PyMem_Malloc((size_t)key_size);
                if (key == NULL) {
                    PyErr_NoMemory();
                    goto done;
                }
            }
            /* the key: the id's length, the id, then the shape (a run of content is "x");
             * 4 for the length when content runs on past three bytes (a line whose first
             * word is longer than a segment id: not a segment) */
            key[0] = (char)sid_length;
            if (length > 3 && table[(unsigned char)data[start + 3]] == ' ') {
                key[0] = 4;
            }
            memcpy(key + 1, data + start, (size_t)sid_length);
            char *out = key + 1 + sid_length;
            if (validating) {
                out = validation_shape(data, start, end, table, out);
                /* hl7apy strips a segment: an ASCII blank at its end is cut from the values
                 * read (held below), and changes no shape's problems */
                if (length > 0
                    && (klass[(unsigned char)data[start]] < 2
                        || klass[(unsigned char)data[end - 1]] == 1
                        || (klass[(unsigned char)data[end - 1]] == 0 && length >= 3
                            && memcmp(data + start, "MSH", 3) == 0))) {
                    key[0] |= SUSPECT_EDGE; /* an MSH's blank may end inside MSH-9 once MSH-12
                                             * is set to the version (with_version) */
                }
            }
            else {
                int in_content = 0;
                for (Py_ssize_t i = start; i < end; i++) {
                    /* without a branch: always write, move on unless content follows content */
                    unsigned char mark = table[(unsigned char)data[i]];
                    int content = mark == ' ';
                    *out = content ? 'x' : (char)mark;
                    out += !(content & in_content);
                    in_content = content;
                }
            }
            Meaning *meaning = meaning_for(&shapes, key, out - key, index, missing);
            if (meaning == NULL) {
                goto done;
            }
            mask |= meaning->bits;
            int first = first_sight(&ids, meaning->sid);
            if (first < 0 || (first && tally_add(&sids, meaning->sid, 1) < 0)) {
                goto done;
            }
            if (first && allowed_here != Py_None && !outside_here) {
                int in = PySet_Contains(allowed_here, meaning->sid);
                if (in < 0) {
                    goto done;
                }
                outside_here = !in;
            }
            if (meaning->reads.last >= 0
                && read_fields(data + start, length, table, &meaning->reads, fs, &values,
                               &scratch, &scratch_size, free_types, free_bit, &mask) < 0) {
                goto done;
            }
            if (meaning->z) {
                PyObject *segment = PyBytes_FromStringAndSize(data + start, length);
                int failed = segment == NULL || PyList_Append(z_segments, segment) < 0
                             || PyList_Append(z_tokens, meaning->reads.token) < 0;
                Py_XDECREF(segment);
                if (failed) {
                    goto done;
                }
            }
            if (mode == 1 && length > 0) {
                if (pending_id(&pending, data + start, sid_length) < 0) {
                    goto done;
                }
                suspect |= meaning->check_flags & CHECK_SUSPECT;
                suspect |= start > 0 && (meaning->check_flags & CHECK_HEADER); /* a 2nd MSH */
                if (meaning->check != NULL && meaning->member_of != structure) {
                    int in = PySet_Contains(structure, meaning->sid);
                    if (in < 0) {
                        goto done;
                    }
                    meaning->member_of = structure;
                    meaning->member = in;
                }
                if (meaning->check != NULL && meaning->member) {
                    Py_ssize_t kept = length;
                    while (kept > 0 && klass[(unsigned char)data[start + kept - 1]] == 0) {
                        kept--;
                    }
                    if (pending_hold(&pending, meaning, start, kept) < 0) {
                        goto done;
                    }
                }
            }
            if (cr == NULL) {
                break;
            }
            start = end + 1;
        }
        PyObject *mask_obj = PyLong_FromUnsignedLongLong(mask);
        if (mask_obj == NULL) {
            goto done;
        }
        PyList_SET_ITEM(masks, m, mask_obj);
        if (outside_here) {
            PyObject *at = PyLong_FromSsize_t(m);
            int failed = at == NULL || PyList_Append(outside, at) < 0;
            Py_XDECREF(at);
            if (failed) {
                goto done;
            }
        }
        if (mode == 2 || (mode == 1 && suspect)) {
            PyObject *at = PyLong_FromSsize_t(m);
            int failed = at == NULL || PyList_Append(slow, at) < 0;
            Py_XDECREF(at);
            if (failed) {
                goto done;
            }
        }
        else if (mode == 1) {
            char flags = 0;
            for (Py_ssize_t h = 0; h < pending.n_held; h++) {
                Held *held = &pending.held[h];
                Meaning *kept = held->meaning;
                kept->checked++;
                flags |= (char)(kept->check_flags & CHECK_ERROR);
                if (kept->n_positions > 0
                    && read_probes(data + held->start, held->length, table, kept, fs, &probed,
                                   &scratch, &scratch_size) < 0) {
                    goto done;
                }
            }
            memcpy(pending.seq, &structure, sizeof(PyObject *));
            pending.seq[sizeof(PyObject *)] = flags;
            uint64_t hash = hash_bytes(pending.seq, pending.seq_used);
            Slot *slot = memo_find(&seqs, hash, pending.seq, pending.seq_used);
            if (slot->offset >= 0) {
                slot->count++;
            }
            else if ((slot = memo_insert(&seqs, hash, pending.seq, pending.seq_used)) == NULL) {
                goto done;
            }
            else {
                slot->first = m;
            }
        }
    }
    for (size_t i = 0; i < shapes.size; i++) {
        const Slot *slot = &shapes.slots[i];
        if (slot->offset >= 0 && add_count(kind_counts, slot->meaning->kind, slot->count) < 0) {
            goto done;
        }
        if (slot->offset >= 0 && slot->meaning->checked > 0
            && add_count(check_counts, slot->meaning->check, slot->meaning->checked) < 0) {
            goto done;
        }
    }
    if (tally_flush(&sids, sid_counts) < 0 || flush_reads(&values, reads) < 0) {
        goto done;
    }
    if (validating
        && (flush_reads(&probed, check_reads) < 0
            || flush_sequences(&seqs, sequences, firsts) < 0)) {
        goto done;
    }
    result = PyTuple_Pack(4, masks, outside, z_segments, z_tokens);
done:
    PyMem_Free(key);
    PyMem_Free(scratch);
    PyMem_Free(pending.held);
    PyMem_Free(pending.seq);
    Py_XDECREF(ids.many);
    tally_free(&sids);
    memo_free(&values);
    memo_free(&probed);
    memo_free(&seqs);
    memo_free(&shapes); /* after the values, whose keys borrow the tokens of its entries */
    Py_XDECREF(masks);
    Py_XDECREF(outside);
    Py_XDECREF(z_segments);
    Py_XDECREF(z_tokens);
    return result;
}

static PyMethodDef methods[] = {
    {"tally", (PyCFunction)(void (*)(void))tally, METH_FASTCALL,
     "tally(messages, table, index, missing, allowed, kind_counts, sid_counts, reads, "
     "free_types, free_bit, [checks, check_counts, check_reads, sequences, slow, firsts])"
     "\n--\n\n"
     "See assessor.connectors.hl7v2.tally, which says what this computes."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_tally", "The profiler's inner loop in C.", -1, methods,
};

PyMODINIT_FUNC
PyInit__tally(void)
{
    klass_init();
    return PyModule_Create(&module);
}
