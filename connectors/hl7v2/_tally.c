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

/* What an index entry says, unpacked once per distinct key. */
typedef struct {
    PyObject *entry; /* strong reference; the fields below are borrowed from it */
    PyObject *kind;
    PyObject *sid;
    PyObject *token;
    Py_ssize_t *fields; /* n_fields indexes, allocated with the meaning */
    Py_ssize_t *coded;  /* for each, whether only its coding systems are read */
    Py_ssize_t n_fields;
    Py_ssize_t free_field;
    Py_ssize_t last; /* the highest field index read, -1 for none */
    unsigned long long bits;
    int z;
} Meaning;

typedef struct {
    uint64_t hash;
    Py_ssize_t offset; /* into the arena; -1 for an empty slot */
    Py_ssize_t length;
    Py_ssize_t count;
    Meaning *meaning; /* NULL in a table of values read */
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
    memo->arena_used += length;
    memo->used++;
    return slot;
}

/* --- one segment ------------------------------------------------------------------------ */

/* What an entry of ``index`` says, checked and unpacked; NULL on failure. */
static Meaning *
meaning_of(PyObject *entry)
{
    if (!PyTuple_Check(entry) || PyTuple_GET_SIZE(entry) != 8
        || !PyTuple_Check(PyTuple_GET_ITEM(entry, 4)) || !PyTuple_Check(PyTuple_GET_ITEM(entry, 5))
        || PyTuple_GET_SIZE(PyTuple_GET_ITEM(entry, 4))
               != PyTuple_GET_SIZE(PyTuple_GET_ITEM(entry, 5))) {
        PyErr_SetString(PyExc_TypeError,
                        "tally(): an index entry must be an 8-tuple, fields and coded alike");
        return NULL;
    }
    PyObject *fields = PyTuple_GET_ITEM(entry, 4), *coded = PyTuple_GET_ITEM(entry, 5);
    Py_ssize_t n_fields = PyTuple_GET_SIZE(fields);
    /* the meaning, its field indexes and their coded flags in one block, freed together */
    Meaning *meaning = PyMem_Malloc(sizeof(Meaning) + 2 * (size_t)n_fields * sizeof(Py_ssize_t));
    if (meaning == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    meaning->fields = (Py_ssize_t *)(meaning + 1);
    meaning->coded = meaning->fields + n_fields;
    meaning->entry = entry;
    meaning->kind = PyTuple_GET_ITEM(entry, 0);
    meaning->sid = PyTuple_GET_ITEM(entry, 2);
    meaning->token = PyTuple_GET_ITEM(entry, 3);
    meaning->bits = PyLong_AsUnsignedLongLong(PyTuple_GET_ITEM(entry, 1));
    meaning->free_field = PyLong_AsSsize_t(PyTuple_GET_ITEM(entry, 6));
    meaning->z = PyObject_IsTrue(PyTuple_GET_ITEM(entry, 7));
    meaning->n_fields = n_fields;
    meaning->last = meaning->free_field;
    for (Py_ssize_t f = 0; f < meaning->n_fields; f++) {
        meaning->fields[f] = PyLong_AsSsize_t(PyTuple_GET_ITEM(fields, f));
        meaning->coded[f] = PyObject_IsTrue(PyTuple_GET_ITEM(coded, f));
        if (meaning->coded[f] < 0) {
            break;
        }
        if (meaning->fields[f] > meaning->last) {
            meaning->last = meaning->fields[f];
        }
        if (meaning->fields[f] < 0 && !PyErr_Occurred()) {
            PyErr_SetString(PyExc_ValueError, "tally(): a field index is negative");
        }
    }
    if (PyErr_Occurred() || meaning->z < 0 || meaning->free_field < -1) {
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
                       const Meaning *meaning, char fs, Py_ssize_t *starts, Memo *reads, char **scratch,
                       Py_ssize_t *scratch_size, PyObject *free_types,
                       unsigned long long free_bit, unsigned long long *mask);

/* Read what ``meaning`` wants from one segment: count the values in ``reads`` (as a byte
 * string: the token's address, then each value's length and bytes), and set ``free_bit`` in
 * ``mask`` when the free-text field holds one of ``free_types``. */
static int
read_fields(const char *segment, Py_ssize_t length, const unsigned char *table,
            const Meaning *meaning, char fs, Memo *reads, char **scratch, Py_ssize_t *scratch_size,
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

static int
read_values(const char *segment, Py_ssize_t length, const unsigned char *table,
            const Meaning *meaning, char fs, Py_ssize_t *starts, Memo *reads, char **scratch,
            Py_ssize_t *scratch_size, PyObject *free_types, unsigned long long free_bit,
            unsigned long long *mask)
{
    Py_ssize_t last = meaning->last;
    /* field i is segment[starts[i] : starts[i + 1] - 1] */
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
        if (meaning->coded[k]) {
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

static PyObject *
tally(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 10) {
        PyErr_SetString(PyExc_TypeError, "tally() takes 10 arguments");
        return NULL;
    }
    PyObject *messages = args[0], *table_obj = args[1], *index = args[2], *missing = args[3];
    PyObject *allowed = args[4], *kind_counts = args[5], *sid_counts = args[6];
    PyObject *reads = args[7], *free_types = args[8];
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
    Memo shapes = {0}, values = {0};
    Ids ids = {.n_seen = 0, .many = NULL};

    masks = PyList_New(n_messages);
    outside = PyList_New(0);
    z_segments = PyList_New(0);
    z_tokens = PyList_New(0);
    if (masks == NULL || outside == NULL || z_segments == NULL || z_tokens == NULL
        || tally_init(&sids, 256) < 0 || memo_init(&shapes, 1024) < 0
        || memo_init(&values, 1024) < 0) {
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
            int in_content = 0;
            for (Py_ssize_t i = start; i < end; i++) {
                /* without a branch: always write, move on unless content follows content */
                unsigned char mark = table[(unsigned char)data[i]];
                int content = mark == ' ';
                *out = content ? 'x' : (char)mark;
                out += !(content & in_content);
                in_content = content;
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
            if (meaning->last >= 0
                && read_fields(data + start, length, table, meaning, fs, &values, &scratch,
                               &scratch_size, free_types, free_bit, &mask) < 0) {
                goto done;
            }
            if (meaning->z) {
                PyObject *segment = PyBytes_FromStringAndSize(data + start, length);
                int failed = segment == NULL || PyList_Append(z_segments, segment) < 0
                             || PyList_Append(z_tokens, meaning->token) < 0;
                Py_XDECREF(segment);
                if (failed) {
                    goto done;
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
    }
    for (size_t i = 0; i < shapes.size; i++) {
        const Slot *slot = &shapes.slots[i];
        if (slot->offset >= 0 && add_count(kind_counts, slot->meaning->kind, slot->count) < 0) {
            goto done;
        }
    }
    if (tally_flush(&sids, sid_counts) < 0 || flush_reads(&values, reads) < 0) {
        goto done;
    }
    result = PyTuple_Pack(4, masks, outside, z_segments, z_tokens);
done:
    PyMem_Free(key);
    PyMem_Free(scratch);
    Py_XDECREF(ids.many);
    tally_free(&sids);
    memo_free(&values);
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
     "free_types, free_bit)\n--\n\n"
     "See connectors.hl7v2.tally, which says what this computes."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_tally", "The profiler's inner loop in C.", -1, methods,
};

PyMODINIT_FUNC
PyInit__tally(void)
{
    return PyModule_Create(&module);
}
