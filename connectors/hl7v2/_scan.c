/* Framing's look at a whole buffer, in C: one pass instead of four scans (see framing.py).
 *
 * Optional: connectors/hl7v2/framing.py has the same check in Python (``_clean_python``), used
 * when this extension was not built, and the tests hold both to the same answers.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <string.h>

/* clean(buffer, fs, binary) -> (clean, crlf)
 *
 * ``clean``: the buffer holds none of the bytes in ``binary``, no "MSH" but at its start or
 * after "\r", no "HS" or "TS" followed by ``fs`` (an envelope segment, or a false alarm that
 * only costs speed), no "\r " and no " \r". ``crlf``: a clean buffer holds "\r\r". */
static PyObject *
clean(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 3 || !PyBytes_Check(args[0]) || !PyBytes_Check(args[1])
        || PyBytes_GET_SIZE(args[1]) != 1 || !PyBytes_Check(args[2])) {
        PyErr_SetString(PyExc_TypeError, "clean(buffer: bytes, fs: bytes of 1, binary: bytes)");
        return NULL;
    }
    const unsigned char *data = (const unsigned char *)PyBytes_AS_STRING(args[0]);
    Py_ssize_t size = PyBytes_GET_SIZE(args[0]);
    unsigned char fs = (unsigned char)PyBytes_AS_STRING(args[1])[0];
    const unsigned char *binary = (const unsigned char *)PyBytes_AS_STRING(args[2]);
    /* what a byte may start: 1 binary, 2 "MSH", 4 an envelope's field separator, 8 "\r" */
    unsigned char role[256];
    memset(role, 0, sizeof role);
    for (Py_ssize_t i = 0; i < PyBytes_GET_SIZE(args[2]); i++) {
        role[binary[i]] |= 1;
    }
    role['M'] |= 2;
    role[fs] |= 4;
    role['\r'] |= 8;
    int crlf = 0, clean = 1;
    for (Py_ssize_t i = 0; i < size && clean; i++) {
        unsigned char r = role[data[i]];
        if (r == 0) {
            continue;
        }
        int before = i > 0 ? data[i - 1] : -1, after = i + 1 < size ? data[i + 1] : -1;
        if (r & 1) {
            clean = 0;
        }
        else if ((r & 2) && before != -1 && before != '\r' && after == 'S' && i + 2 < size
                 && data[i + 2] == 'H') {
            clean = 0; /* an MSH inside a line */
        }
        else if ((r & 4) && before == 'S' && i >= 2 && (data[i - 2] == 'H' || data[i - 2] == 'T')) {
            clean = 0;
        }
        else if (r & 8) {
            if (after == ' ' || before == ' ') {
                clean = 0;
            }
            crlf |= after == '\r';
        }
    }
    return Py_BuildValue("(OO)", clean ? Py_True : Py_False, clean && crlf ? Py_True : Py_False);
}

static PyMethodDef methods[] = {
    {"clean", (PyCFunction)(void (*)(void))clean, METH_FASTCALL,
     "clean(buffer, fs, binary)\n--\n\nSee connectors.hl7v2.framing, which says what this checks."},
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
