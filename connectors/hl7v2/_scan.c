/* Framing's look at a whole buffer, in C: one pass instead of four scans (see framing.py).
 *
 * Optional: connectors/hl7v2/framing.py has the same check in Python (``_clean_python``), used
 * when this extension was not built, and the tests hold both to the same answers.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <string.h>

/* Whether ``data`` holds one of the bytes of ``binary``. */
static int
has_binary(const unsigned char *data, Py_ssize_t size, const unsigned char *binary,
           Py_ssize_t n_binary)
{
    /* four quick passes (memchr is vectorised) rather than one slow one */
    /* ``binary`` is C0 controls but tab, LF, VT and CR, and DEL, and possibly other bytes:
     * what is below is vectorised by the compiler, and a buffer it flags is looked at again */
    int found = 0;
    for (Py_ssize_t i = 0; i < size; i++) {
        unsigned char c = data[i];
        found |= (c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\r') | (c == 0x7f);
    }
    for (Py_ssize_t i = 0; !found && i < n_binary; i++) {
        unsigned char b = binary[i];
        if (!(b < 0x20 || b == 0x7f)) { /* a byte the fast check does not cover */
            found = memchr(data, b, (size_t)size) != NULL;
        }
    }
    if (found) { /* exactly: one of ``binary`` */
        unsigned char is_binary[256];
        memset(is_binary, 0, sizeof is_binary);
        for (Py_ssize_t i = 0; i < n_binary; i++) {
            is_binary[binary[i]] = 1;
        }
        found = 0;
        for (Py_ssize_t i = 0; i < size && !found; i++) {
            found = is_binary[data[i]];
        }
    }
    return found;
}

/* Whether "MSH" after ``byte`` on a line may start a message there: after white space, a
 * marker such as "[SOM]" or a byte-order mark (after "|" or "^" it is a value). */
static int
starts_after(unsigned char byte)
{
    return byte == ' ' || byte == '\t' || byte == ']' || byte == 0xbf || byte == 0xfe
           || byte == 0xff;
}

/* clean(buffer, binary) -> (clean, uneven)
 *
 * ``clean``: the buffer holds none of the bytes in ``binary``, no "MSH" inside a line that may
 * start a message there, and no envelope segment ("\rBHS", "\rBTS", "\rFHS", "\rFTS"). ``uneven``: a
 * clean buffer holds "\r\r" or "\r " (a blank line, CRLF, or a line that starts with a space). */
static PyObject *
clean(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 2 || !PyBytes_Check(args[0]) || !PyBytes_Check(args[1])) {
        PyErr_SetString(PyExc_TypeError, "clean(buffer: bytes, binary: bytes)");
        return NULL;
    }
    const unsigned char *data = (const unsigned char *)PyBytes_AS_STRING(args[0]);
    Py_ssize_t size = PyBytes_GET_SIZE(args[0]);
    const unsigned char *binary = (const unsigned char *)PyBytes_AS_STRING(args[1]);
    int found = has_binary(data, size, binary, PyBytes_GET_SIZE(args[1]));
    int clean = !found, uneven = 0;
    const unsigned char *end = data + size, *at;
    /* an MSH inside a line that may start a message */
    for (at = data; clean && (at = memchr(at, 'M', (size_t)(end - at))) != NULL; at++) {
        clean = !(at > data && starts_after(at[-1]) && end - at >= 3 && at[1] == 'S'
                  && at[2] == 'H');
    }
    /* an envelope segment; and a line that is blank or starts with a space */
    for (at = data; clean && (at = memchr(at, '\r', (size_t)(end - at))) != NULL; at++) {
        clean = !(end - at >= 4 && (at[1] == 'B' || at[1] == 'F')
                  && (at[2] == 'H' || at[2] == 'T') && at[3] == 'S');
        uneven |= end - at >= 2 && (at[1] == '\r' || at[1] == ' ');
    }
    return Py_BuildValue("(OO)", clean ? Py_True : Py_False, clean && uneven ? Py_True : Py_False);
}

/* one_message(message, binary) -> bool
 *
 * Whether one message (starting "MSH") is framed as it stands: none of the bytes in ``binary``,
 * no "MSH" from its fourth byte on that may start a message, no envelope segment ("\rBHS", "\rBTS", "\rFHS", "\rFTS"). */
static PyObject *
one_message(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 2 || !PyBytes_Check(args[0]) || !PyBytes_Check(args[1])) {
        PyErr_SetString(PyExc_TypeError, "one_message(message: bytes, binary: bytes)");
        return NULL;
    }
    const unsigned char *data = (const unsigned char *)PyBytes_AS_STRING(args[0]);
    Py_ssize_t size = PyBytes_GET_SIZE(args[0]);
    const unsigned char *binary = (const unsigned char *)PyBytes_AS_STRING(args[1]);
    int plain = !has_binary(data, size, binary, PyBytes_GET_SIZE(args[1]));
    const unsigned char *end = data + size, *at;
    for (at = data + 3; plain && (at = memchr(at, 'M', (size_t)(end - at))) != NULL; at++) {
        plain = !(end - at >= 3 && at[1] == 'S' && at[2] == 'H'
                  && (at[-1] == '\r' || starts_after(at[-1])));
    }
    for (at = data; plain && (at = memchr(at, '\r', (size_t)(end - at))) != NULL; at++) {
        plain = !(end - at >= 4 && (at[1] == 'B' || at[1] == 'F')
                  && (at[2] == 'H' || at[2] == 'T') && at[3] == 'S');
    }
    return PyBool_FromLong(plain);
}

static PyMethodDef methods[] = {
    {"clean", (PyCFunction)(void (*)(void))clean, METH_FASTCALL,
     "clean(buffer, binary)\n--\n\nSee assessor.connectors.hl7v2.framing, which says what this checks."},
    {"one_message", (PyCFunction)(void (*)(void))one_message, METH_FASTCALL,
     "one_message(message, binary)\n--\n\nSee assessor.connectors.hl7v2.framing (_one_message_python)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_scan", "Framing's look at a whole buffer, in C.", -1, methods,
};

PyMODINIT_FUNC
PyInit__scan(void)
{
    return PyModule_Create(&module);
}
